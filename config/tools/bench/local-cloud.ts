/** The real local cloud on a fresh seeded SQLite store in a temporary folder, for bench runs. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { county } from '../../../src/core/county/current'
import { wordListCheck } from '../../../cloudfunctions/content-check/word-list'
import { localDirFiles } from '../../../cloudfunctions/files/local-dir'
import { createLocalCloud } from '../../../cloudfunctions/local/server'
import { seedStore } from '../../../cloudfunctions/seed'
import { openSqliteStore } from '../../../cloudfunctions/store/sqlite'

export interface BenchCloud {
  url: string
  stop(): Promise<void>
}

export const startBenchCloud = async (staticDir?: string, now?: () => Date): Promise<BenchCloud> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'falv-bench-'))
  const store = openSqliteStore(path.join(dir, 'bench.sqlite'))
  await seedStore(store)
  const server = createLocalCloud({
    store,
    county,
    contentCheck: wordListCheck(),
    files: localDirFiles(path.join(dir, 'files'), 'bench'),
    sessionSecret: 'bench',
    staticDir,
    now,
    // The bench is its own flood: no limit may shape the figures.
    rateLimit: { windowMs: 1000, max: Number.MAX_SAFE_INTEGER }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async stop() {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
      await store.close()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }
}
