/**
 * `npm run retention -- [--years N]`: anonymise the local store's consultations and applications
 * finished more than N years ago (default 3), deleting the applications' files from the files
 * directory beside the database. The same use case the WeChat timer function runs every night.
 */
import crypto from 'node:crypto'
import path from 'node:path'
import { localDirFiles } from '../files/local-dir'
import { openSqliteStore } from '../store/sqlite'
import { DEFAULT_RETENTION_YEARS, runRetention } from '../usecases/retention'

const yearsArg = process.argv.indexOf('--years')
const years = yearsArg > 0 ? Number(process.argv[yearsArg + 1]) : DEFAULT_RETENTION_YEARS
if (!Number.isInteger(years) || years < 1) {
  console.error('保存年限要是正整数，比如 --years 3')
  process.exit(1)
}
const dbFile = path.resolve(__dirname, '..', '..', process.env.DB_FILE ?? 'data/local.sqlite')
const store = openSqliteStore(dbFile)
// Only deletes here, never makes a link: the signing secret is not needed.
const files = localDirFiles(path.join(path.dirname(dbFile), 'files'), crypto.randomUUID())
runRetention(store, files, new Date(), years)
  .then(({ cutoff, anonymised, applicationsAnonymised }) =>
    console.log(`Anonymised ${anonymised} consultation(s) closed before ${cutoff}, and ${applicationsAnonymised} finished application(s).`)
  )
  .finally(() => store.close())
