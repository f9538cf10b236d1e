/** The `retention` timer function: every night at 03:00, anonymise what is past the retention period. */
import { defineTimer } from '../runtime/define-timer'
import { anonymiseExpired } from '../usecases/retention'

const years = Number(process.env.RETENTION_YEARS ?? '') || undefined

export const retention = defineTimer('retention', '0 0 3 * * * *', (store, now) => anonymiseExpired(store, now, years))
