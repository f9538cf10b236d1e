/**
 * `npm run import:points -- file.csv [--dry-run]`: bulk-import service points from a CSV file
 * (format: cloudfunctions/seed/points-example.csv) into the local cloud's SQLite store.
 * Every row is validated first; any bad row is reported (line, column, reason) and nothing is
 * written. Imported points count as the admin's: the county seed will not overwrite them.
 *   DB_FILE   SQLite file (default data/local.sqlite)
 */
import fs from 'node:fs'
import path from 'node:path'
import { parsePointsCsv, problemText } from '../../src/core/domain/points-csv'
import { AppFailure } from '../runtime/failure'
import type { Store } from '../store/port'
import { openSqliteStore } from '../store/sqlite'
import { importPointsCsv } from '../usecases/points'

export interface ImportOutcome {
  ok: boolean
  /** What to print, one line each. */
  report: string[]
}

export const importPointsFile = async (file: string, store: Store, options: { dryRun?: boolean; now?: Date } = {}): Promise<ImportOutcome> => {
  if (!fs.existsSync(file)) return { ok: false, report: [`找不到文件：${file}`] }
  const csv = fs.readFileSync(file, 'utf8')
  if (options.dryRun) {
    const parsed = parsePointsCsv(csv)
    return parsed.ok
      ? { ok: true, report: [`检查通过：${parsed.points.length} 个站点都没有问题（试运行，没有写入）。`] }
      : { ok: false, report: [`${parsed.problems.length} 处问题：`, ...parsed.problems.map(problemText)] }
  }
  try {
    const { created, updated } = await importPointsCsv(store, csv, options.now ?? new Date())
    return { ok: true, report: [`已导入 ${created + updated} 个站点：新增 ${created} 个，更新 ${updated} 个。`] }
  } catch (error) {
    if (!(error instanceof AppFailure)) throw error
    return { ok: false, report: [error.message, ...(error.issues ?? []).map((issue) => issue.message)] }
  }
}

const main = async (): Promise<void> => {
  const args = process.argv.slice(2)
  const file = args.find((arg) => !arg.startsWith('--'))
  if (!file) {
    console.error('用法 / usage: npm run import:points -- <file.csv> [--dry-run]')
    process.exit(2)
  }
  const root = path.resolve(__dirname, '..', '..')
  const store = openSqliteStore(path.resolve(root, process.env.DB_FILE ?? 'data/local.sqlite'))
  try {
    const outcome = await importPointsFile(path.resolve(file), store, { dryRun: args.includes('--dry-run') })
    for (const line of outcome.report) (outcome.ok ? console.log : console.error)(line)
    process.exitCode = outcome.ok ? 0 : 1
  } finally {
    await store.close()
  }
}

if (require.main === module) void main()
