/**
 * The `points` cloud function: service points (county centre, township offices, out-of-county
 * stations, city legal-aid centres). Everyone reads the active ones; only admins write.
 * The cloud never receives a user's position: distances are computed on the phone.
 */
import { z } from '../zod'
import { ServicePointSchema, type ServicePoint } from '../county/schema'
import { action } from './action'

export const POINT_ID_PATTERN = /^[a-z0-9-]{2,40}$/
export const PointIdSchema = z.string().regex(POINT_ID_PATTERN, '编号只能用小写字母、数字和“-”，2 到 40 个字符')

const unique = (values: readonly unknown[]): boolean => new Set(values).size === values.length

const PointFieldsSchema = ServicePointSchema.extend({
  id: PointIdSchema,
  active: z.boolean({ error: '请说明是否启用' }),
  sample: z.boolean({ error: '请说明是否为示例' })
})

interface PointIssue {
  path: Array<string | number>
  message: string
}

/** What one field's schema cannot see: the parts of a point must make sense together. */
const pointIssues = (point: Omit<z.output<typeof PointFieldsSchema>, 'id'>): PointIssue[] => [
  ...point.hours.flatMap((h, index) => [
    ...(h.open === h.close ? [{ path: ['hours', index], message: '开门和关门时间不能一样' }] : []),
    ...(unique(h.days) ? [] : [{ path: ['hours', index, 'days'], message: '星期重复了' }])
  ]),
  ...(point.phones.length > 5 ? [{ path: ['phones'], message: '电话最多 5 个' }] : []),
  ...(unique(point.closedDates) ? [] : [{ path: ['closedDates'], message: '休息日期重复了' }]),
  ...(unique(point.services) ? [] : [{ path: ['services'], message: '服务项目重复了' }]),
  ...(unique(point.languages) ? [] : [{ path: ['languages'], message: '语言重复了' }])
]

/**
 * A point as an admin or an import writes it. Stricter than the county file's schema: every
 * flag is explicit (nothing turns "示例" off by omission), and the parts must make sense together.
 */
export const ServicePointInputSchema = PointFieldsSchema.superRefine((point, ctx) => {
  for (const issue of pointIssues(point)) ctx.addIssue({ code: 'custom', ...issue })
})
export type ServicePointInput = z.output<typeof ServicePointInputSchema>

/** A new point: the cloud makes an id when none is given. */
export const PointsCreatePayloadSchema = PointFieldsSchema.extend({ id: PointIdSchema.optional() }).superRefine((point, ctx) => {
  for (const issue of pointIssues(point)) ctx.addIssue({ code: 'custom', ...issue })
})

/** Who last wrote a point: the seed (county data file) or an admin (in the app or by import). */
export type PointOrigin = 'seed' | 'admin'

export interface AdminServicePoint extends ServicePoint {
  origin: PointOrigin
  updatedAt: string
}

export interface PointsListResult {
  /** Every active point; the phone sorts them by distance. */
  items: ServicePoint[]
  /** When any point last changed (ISO instant), null when there are none. */
  updatedAt: string | null
}

export interface PointsImportResult {
  created: number
  updated: number
}

/** A CSV file sent for import; ~2,000 rows of points. */
export const POINTS_CSV_MAX_CHARS = 500_000

/** The action table of `points`: payload schema and result type per action. */
export const pointsContract = {
  list: action<PointsListResult>()(z.object({})),
  get: action<ServicePoint>()(z.object({ id: PointIdSchema })),
  adminList: action<{ items: AdminServicePoint[] }>()(z.object({})),
  create: action<AdminServicePoint>()(PointsCreatePayloadSchema),
  update: action<AdminServicePoint>()(ServicePointInputSchema),
  setActive: action<AdminServicePoint>()(z.object({ id: PointIdSchema, active: z.boolean() })),
  importCsv: action<PointsImportResult>()(z.object({ csv: z.string().min(1, '文件是空的').max(POINTS_CSV_MAX_CHARS, '文件太大，请分几次导入') }))
}
