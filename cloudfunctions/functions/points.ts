/**
 * The `points` cloud function: anyone may read the active service points; only admins write.
 * No action takes a position: distances are computed on the phone.
 */
import { pointsContract } from '../../src/core/contracts/points'
import { defineFunction } from '../runtime/define-function'
import { createPoint, getPoint, importPointsAsAdmin, listAllPoints, listPoints, setPointActive, updatePoint } from '../usecases/points'

export const points = defineFunction('points', pointsContract, {
  list: { access: 'public', run: (_payload, { store }) => listPoints(store) },
  get: { access: 'public', run: ({ id }, { store }) => getPoint(store, id) },
  adminList: { access: 'admin', run: (_payload, { store }) => listAllPoints(store) },
  create: { access: 'admin', run: (point, ctx) => createPoint(ctx, point) },
  update: { access: 'admin', run: (point, ctx) => updatePoint(ctx, point) },
  setActive: { access: 'admin', run: ({ id, active }, ctx) => setPointActive(ctx, id, active) },
  importCsv: { access: 'admin', run: ({ csv }, ctx) => importPointsAsAdmin(ctx, csv) }
})
