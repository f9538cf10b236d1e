/**
 * The local cloud as its own process, on a given SQLite file, for the crash test to kill with
 * SIGKILL: `tsx local-cloud-child.ts <db file>` prints its URL on the first line.
 */
import path from 'node:path'
import { openSqliteStore } from '../../../cloudfunctions/store/sqlite'
import { startLocalCloud } from '../../helpers/local-cloud'

const file = process.argv[2]
const store = openSqliteStore(file)
void startLocalCloud({}, { store, file, dir: path.dirname(file), cleanup: () => store.close() }).then((cloud) => {
  process.stdout.write(`${cloud.url}\n`)
})
