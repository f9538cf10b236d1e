/**
 * The tips shipped as data files (one JSON array per category under seed/tips/). Each is
 * validated with the shared TipSchema: a bad seed file stops the start with the file and tip.
 */
import fs from 'node:fs'
import path from 'node:path'
import { TipSchema, type Tip } from '../../src/core/contracts/tips'
import { toFieldIssues } from '../../src/core/validation'

export const TIPS_SEED_DIR = path.join(__dirname, 'tips')

export const loadSeedTips = (dir: string = TIPS_SEED_DIR): Tip[] =>
  fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .flatMap((file) => {
      const entries = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as unknown[]
      return entries.map((entry, index) => {
        const parsed = TipSchema.safeParse(entry)
        if (!parsed.success) {
          const problems = toFieldIssues(parsed.error).map((i) => `${i.path}: ${i.message}`)
          throw new Error(`Bad tip #${index + 1} in ${file}: ${problems.join('; ')}`)
        }
        return parsed.data
      })
    })
