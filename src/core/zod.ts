/**
 * The one entry to zod for the whole project.
 *
 * WeChat forbids `eval` / `new Function`; zod 4 probes for them to JIT its parsers.
 * `jitless` must be set before the first schema is built, so every module imports `z`
 * from here, never from 'zod' directly (the lint rule enforces it).
 */
import { z } from 'zod'

z.config({ jitless: true })

export { z }
