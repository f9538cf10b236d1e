/**
 * The `points` cloud function: anyone may read the active service points; only admins write.
 * No action takes a position: distances are computed on the phone.
 */
import { pointsContract } from '../../src/core/contracts/points'
import { defineFunction } from '../runtime/define-function'
import { createPoint, getPoint, importPointsCsv, listAllPoints, listPoints, setPointActive, updatePoint } from '../usecases/points'

export const points = defineFunction('points', pointsContract, {
  list: { access: 'public', run: (_payload, { store }) => listPoints(store) },
  get: { access: 'public', run: ({ id }, { store }) => getPoint(store, id) },
  adminList: { access: 'admin', run: (_payload, { store }) => listAllPoints(store) },
  create: { access: 'admin', run: (point, { store, now }) => createPoint(store, point, now()) },
  update: { access: 'admin', run: (point, { store, now }) => updatePoint(store, point, now()) },
  setActive: { access: 'admin', run: ({ id, active }, { store, now, county }) => setPointActive(store, id, active, now(), county.booking.callbackPointId) },
  importCsv: { access: 'admin', run: ({ csv }, { store, now }) => importPointsCsv(store, csv, now()) }
})
