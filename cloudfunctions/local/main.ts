/**
 * `npm start`: build the h5 app when it is missing or older than its sources, open (or create)
 * the SQLite store, seed the county's data, and serve everything on http://127.0.0.1:10086.
 *   PORT      port (default 10086)
 *   HOST      loopback address to listen on (default 127.0.0.1; anything else is refused)
 *   DB_FILE   SQLite file (default data/local.sqlite)
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { county } from '../../src/core/county/current'
import { wordListCheck } from '../content-check/word-list'
import { localDirFiles } from '../files/local-dir'
import { seedStore } from '../seed'
import { openSqliteStore } from '../store/sqlite'
import { ensureH5Build } from './h5-build'
import { createLocalCloud, isLoopback } from './server'

const root = path.resolve(__dirname, '..', '..')
const host = process.env.HOST ?? '127.0.0.1'
const port = Number(process.env.PORT ?? 10086)
const dbFile = path.resolve(root, process.env.DB_FILE ?? 'data/local.sqlite')

const sessionSecretBeside = (file: string): string => {
  const keyFile = path.join(path.dirname(file), 'local-session.key')
  if (!fs.existsSync(keyFile)) fs.writeFileSync(keyFile, crypto.randomBytes(32).toString('hex'), { mode: 0o600 })
  return fs.readFileSync(keyFile, 'utf8').trim()
}

const main = async (): Promise<void> => {
  if (!isLoopback(host)) {
    console.error(`拒绝启动：本地云只能监听本机地址 (127.0.0.1 / localhost / ::1)，而不是 ${host}。`)
    console.error('Refusing to start: the local cloud signs people in without a password, so it must not face a network.')
    process.exit(1)
  }
  const staticDir = ensureH5Build(root)
  const store = openSqliteStore(dbFile)
  const { tipsWritten, pointsWritten } = await seedStore(store)
  const sessionSecret = sessionSecretBeside(dbFile)
  // Materials' files live beside the database; their links are signed with the session key.
  const files = localDirFiles(path.join(path.dirname(dbFile), 'files'), sessionSecret)
  const server = createLocalCloud({ store, county, contentCheck: wordListCheck(), files, sessionSecret, staticDir })
  server.listen(port, host, () => {
    console.log(`${county.appTitle} — local cloud on http://${host.includes(':') ? `[${host}]` : host}:${port}`)
    console.log(`store: ${dbFile} (seeded ${tipsWritten} new or updated tips, ${pointsWritten} service points)`)
  })
  const stop = (): void => {
    server.close()
    void store.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

void main()
