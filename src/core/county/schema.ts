/**
 * The shape of a county's data file. A county is one JSON file: deploy another county by
 * writing another file that passes this schema (see README, "Replace the county data").
 */
import { z } from '../zod'
import { TipCategorySchema } from '../contracts/tips'

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, '时间写法应为 HH:mm')
const isoDate = z.iso.date()

/** GCJ-02 coordinates: what WeChat's location and map APIs use in China. */
export const GeoPointSchema = z.object({
  lat: z.number().min(3).max(54),
  lng: z.number().min(73).max(136)
})
export type GeoPoint = z.infer<typeof GeoPointSchema>

export const PhoneSchema = z.object({
  label: z.string().min(1).max(20),
  number: z.string().regex(/^[0-9-]{3,20}$/, '电话号码只能有数字和“-”'),
  /** true only when the number was checked against an official source (shown as 官方核实). */
  verified: z.boolean()
})
export type Phone = z.infer<typeof PhoneSchema>

/** Weekly opening hours: days 1 = Monday … 7 = Sunday. */
export const OpeningHoursSchema = z.object({
  days: z.array(z.number().int().min(1).max(7)).min(1),
  open: hhmm,
  close: hhmm
})
export type OpeningHours = z.infer<typeof OpeningHoursSchema>

export const SERVICE_POINT_KINDS = {
  'county-centre': '县法律援助中心',
  'township-office': '乡镇司法所',
  'out-of-county-station': '驻外法律服务工作站',
  'city-legal-aid': '当地法律援助中心'
} as const

export const SERVICES = {
  consultation: '法律咨询',
  'aid-application': '帮助申请法律援助',
  'wage-claim': '讨薪维权',
  mediation: '人民调解',
  'notary-referral': '公证转介'
} as const

export const ServicePointSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{2,40}$/),
  kind: z.enum(Object.keys(SERVICE_POINT_KINDS) as [keyof typeof SERVICE_POINT_KINDS]),
  name: z.string().min(2).max(40),
  province: z.string().min(2).max(10),
  city: z.string().min(2).max(12),
  address: z.string().min(2).max(80),
  location: GeoPointSchema,
  phones: z.array(PhoneSchema).min(1),
  hours: z.array(OpeningHoursSchema),
  /** Extra days the point is closed (its own leave, local events), on top of county holidays. */
  closedDates: z.array(isoDate).default([]),
  services: z.array(z.enum(Object.keys(SERVICES) as [keyof typeof SERVICES])).min(1),
  languages: z.array(z.string().min(2).max(8)).min(1),
  host: z.string().max(40).optional(),
  active: z.boolean().default(true),
  /** true until the bureau confirms the entry; the app labels it 示例. */
  sample: z.boolean().default(false)
})
export type ServicePoint = z.infer<typeof ServicePointSchema>

export const MonthlyThemeSchema = z.object({
  month: z.number().int().min(1).max(12),
  title: z.string().min(2).max(20),
  blurb: z.string().min(4).max(80),
  category: TipCategorySchema
})

/** How consultations are booked: 30-minute slots, 2 h lead time, 6 working days ahead. */
export const BookingRulesSchema = z.object({
  slotMinutes: z.number().int().min(10).max(120),
  leadMinutes: z.number().int().min(0).max(1440),
  workingDaysAhead: z.number().int().min(1).max(30),
  capacityPerSlot: z.number().int().min(1).max(50),
  /** Phone and video callbacks are made by this point's staff, in its opening hours. */
  callbackPointId: z.string()
})
export type BookingRules = z.infer<typeof BookingRulesSchema>

export const CountySchema = z
  .object({
    code: z.string().regex(/^[a-z]{2,20}$/),
    /** Prefix of ticket numbers, e.g. HS in HS-20261127-0042. */
    ticketPrefix: z.string().regex(/^[A-Z]{2,4}$/),
    name: z.string().min(2).max(10),
    province: z.string().min(2).max(10),
    prefecture: z.string().min(2).max(20),
    appTitle: z.string().min(2).max(16),
    hotline: PhoneSchema,
    townships: z.array(z.object({ name: z.string().min(2).max(10), sample: z.boolean().default(false) })).min(1),
    servicePoints: z.array(ServicePointSchema).min(1),
    /**
     * The kinds of dispute people's mediation counts (the county report's own categories); a
     * mediation request picks one. Each township has its 人民调解委员会 (mediation-law.ts).
     */
    mediationCategories: z.array(z.object({ id: z.string().regex(/^[a-z-]{2,20}$/), label: z.string().min(2).max(10) })).min(1),
    /** Public holidays (closed) and the weekend days made working days (调休上班). */
    holidays: z.array(z.object({ date: isoDate, name: z.string().min(1).max(10) })),
    makeupWorkdays: z.array(isoDate).default([]),
    booking: BookingRulesSchema,
    /** 一月一主题: exactly one theme per month. */
    monthlyThemes: z
      .array(MonthlyThemeSchema)
      .length(12)
      .refine((themes) => new Set(themes.map((t) => t.month)).size === 12, '每个月都要有且只有一个主题')
  })
  .refine((county) => county.servicePoints.some((p) => p.id === county.booking.callbackPointId), {
    message: '回电服务点必须是服务点之一',
    path: ['booking', 'callbackPointId']
  })
export type County = z.infer<typeof CountySchema>
