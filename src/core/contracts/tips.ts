/**
 * The `tips` cloud function: legal tips (普法小贴士) for everyone, no sign-in needed.
 * Payload schemas are parsed by the client before sending and by the cloud on arrival.
 */
import { z } from '../zod'
import { action, idsOf } from './action'

export const TIP_CATEGORIES = [
  { id: 'wage-labour', label: '欠薪与劳动', icon: '💼' },
  { id: 'anti-fraud', label: '防诈骗', icon: '🛡️' },
  { id: 'marriage-family', label: '婚姻家庭', icon: '🏠' },
  { id: 'land-forest', label: '土地与山林', icon: '🌲' },
  { id: 'traffic-injury', label: '交通与工伤', icon: '🚑' },
  { id: 'fire-prevention', label: '森林草原防火', icon: '🔥' },
  { id: 'mediation', label: '人民调解与邻里', icon: '🤝' },
  { id: 'legal-aid', label: '法律援助', icon: '⚖️' }
] as const

export type TipCategoryId = (typeof TIP_CATEGORIES)[number]['id']

export const TipCategorySchema = z.enum(idsOf(TIP_CATEGORIES), { error: '没有这个分类' })

export const categoryLabel = (id: TipCategoryId): string => TIP_CATEGORIES.find((c) => c.id === id)?.label ?? id

/** A law and article a tip relies on, e.g. 《中华人民共和国劳动争议调解仲裁法》第二十七条. */
export const CitationSchema = z.object({
  law: z.string().min(2).max(60),
  article: z.string().regex(/^第[一二三四五六七八九十百千零]+条(第[一二三四五六七八九十]+款)?$/, '条文写法应为“第X条”'),
  excerpt: z.string().max(200).optional()
})
export type Citation = z.infer<typeof CitationSchema>

export const TIP_BODY_MIN = 150
export const TIP_BODY_MAX = 600

const tipId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, '编号只能用小写字母、数字和连字符')
  .max(60)

/** A whole tip, as seeded and stored. */
export const TipSchema = z.object({
  id: tipId,
  category: TipCategorySchema,
  title: z.string().min(4).max(30),
  summary: z.string().min(8).max(60),
  body: z.string().min(TIP_BODY_MIN).max(TIP_BODY_MAX),
  citations: z.array(CitationSchema).min(1, '请至少写一条法律依据，比如：《中华人民共和国劳动合同法》第三十条'),
  keywords: z.array(z.string().min(1).max(12)).max(10),
  updatedAt: z.iso.date()
})
export type Tip = z.infer<typeof TipSchema>

export type TipSummary = Pick<Tip, 'id' | 'category' | 'title' | 'summary' | 'updatedAt'>

export const TIP_PAGE_MAX = 20

export const TipsListPayloadSchema = z.object({
  category: TipCategorySchema.optional(),
  keyword: z.string().trim().min(1, '请输入要找的词').max(20, '搜索词不能超过 20 个字').optional(),
  offset: z.number().int().min(0).max(10000).default(0),
  limit: z.number().int().min(1).max(TIP_PAGE_MAX).default(TIP_PAGE_MAX)
})
export type TipsListPayload = z.input<typeof TipsListPayloadSchema>

export interface TipsListResult {
  items: TipSummary[]
  total: number
}

export const TipsGetPayloadSchema = z.object({ id: tipId })

export const TipsThemePayloadSchema = z.object({
  month: z.number().int().min(1).max(12).optional()
})

export interface MonthlyTheme {
  month: number
  title: string
  blurb: string
  category: TipCategoryId
  tips: TipSummary[]
}

export type AdminTip = Tip & { published: boolean }

/** An admin writes or edits a tip; the date of the change is set by the cloud. */
export const SaveTipSchema = TipSchema.omit({ updatedAt: true }).extend({ published: z.boolean() })
export const SetPublishedSchema = z.object({ id: tipId, published: z.boolean() })
export const AdminListSchema = z.object({ offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(50).default(50) })

/** The action table of `tips`: payload schema and result type per action. */
export const tipsContract = {
  list: action<TipsListResult>()(TipsListPayloadSchema),
  get: action<Tip>()(TipsGetPayloadSchema),
  theme: action<MonthlyTheme>()(TipsThemePayloadSchema),
  adminList: action<{ items: AdminTip[]; total: number }>()(AdminListSchema),
  save: action<AdminTip>()(SaveTipSchema),
  setPublished: action<{ id: string; published: boolean }>()(SetPublishedSchema)
}
