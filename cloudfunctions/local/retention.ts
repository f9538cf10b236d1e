/**
 * `npm run retention -- [--years N]`: anonymise the local store's consultations closed more than
 * N years ago (default 3). The same use case the WeChat timer function runs every night.
 */
import path from 'node:path'
import { openSqliteStore } from '../store/sqlite'
import { anonymiseExpired, DEFAULT_RETENTION_YEARS } from '../usecases/retention'

const yearsArg = process.argv.indexOf('--years')
const years = yearsArg > 0 ? Number(process.argv[yearsArg + 1]) : DEFAULT_RETENTION_YEARS
if (!Number.isInteger(years) || years < 1) {
  console.error('保存年限要是正整数，比如 --years 3')
  process.exit(1)
}
const store = openSqliteStore(path.resolve(__dirname, '..', '..', process.env.DB_FILE ?? 'data/local.sqlite'))
anonymiseExpired(store, new Date(), years)
  .then(({ cutoff, anonymised }) => console.log(`Anonymised ${anonymised} consultation(s) closed before ${cutoff}.`))
  .finally(() => store.close())
