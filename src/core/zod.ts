/**
 * The one entry to zod for the whole project: `import { z } from '<core>/zod'`.
 *
 * WeChat forbids `eval` / `new Function`; zod 4 probes for them to JIT its parsers.
 * `jitless` must be set before the first schema is built, so every module imports `z`
 * from here, never from 'zod' directly (the lint rule enforces it).
 */
import * as z from './zod-api'

z.config({ jitless: true })

export { z }
