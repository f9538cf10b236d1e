/** The `retention` timer function: every night at 03:00, anonymise what is past the retention period (and delete its files). */
import { defineTimer } from '../runtime/define-timer'
import { runRetention } from '../usecases/retention'

const years = Number(process.env.RETENTION_YEARS ?? '') || undefined

export const retention = defineTimer('retention', '0 0 3 * * * *', (store, now, files) => runRetention(store, files, now, years))
