/**
 * What a citizen can ask about, in plain words. The Legal Aid Law's Art. 31 matters come first
 * (wages and labour relationships lead: most of the county's people work away from home),
 * then Art. 32 (domestic violence and abuse), then 其他 / 不确定. Tip topics are separate.
 */
export const MATTERS = [
  { id: 'wages', label: '拖欠工资', hint: '老板、包工头不给工钱', icon: '💰' },
  { id: 'labour', label: '劳动关系', hint: '没签合同、被辞退、加班费', icon: '📄' },
  { id: 'work-injury', label: '工伤', hint: '干活时受伤、得了职业病', icon: '🦺' },
  { id: 'traffic', label: '交通事故', hint: '被车撞了、要赔偿', icon: '🚗' },
  { id: 'social-insurance', label: '社保和低保', hint: '养老、医疗保险，低保、救助', icon: '🧾' },
  { id: 'support', label: '赡养费、抚养费', hint: '老人没人养、孩子抚养费', icon: '👪' },
  { id: 'domestic-violence', label: '家暴、虐待', hint: '被打、被虐待、被遗弃', icon: '🆘' },
  { id: 'other', label: '其他 / 不确定', hint: '说不清也没关系', icon: '❓' }
] as const

export type MatterId = (typeof MATTERS)[number]['id']

export const matterLabel = (id: MatterId): string => MATTERS.find((m) => m.id === id)?.label ?? id

/** Matters where the one-year labour-arbitration limit applies. */
export const isLabourMatter = (id: MatterId): boolean => id === 'wages' || id === 'labour'

/** What to have at hand for the consultation. */
export const CHECKLISTS: Record<MatterId, readonly string[]> = {
  wages: [
    '身份证',
    '能证明在这里干活的材料：工牌、考勤记录、工友的证明',
    '欠了多少钱的记录：工资条、欠条、聊天记录、转账记录',
    '老板或包工头的名字、电话，工地或公司的地址'
  ],
  labour: ['身份证', '劳动合同（有的话）', '工资发放记录、银行流水', '辞退通知、聊天记录等材料'],
  'work-injury': ['身份证', '病历、诊断证明、医药费发票', '受伤经过，在场工友的联系方式', '单位名称；有没有申请过工伤认定'],
  traffic: ['身份证', '交通事故认定书', '病历和各种费用单据', '对方车辆、驾驶人和保险公司的信息'],
  'social-insurance': ['身份证', '社保卡或缴费记录', '收到的通知、决定书'],
  support: ['身份证', '户口本或孩子的出生证明', '对方收入情况', '以前的协议、调解书或判决书'],
  'domestic-violence': ['先保证自己的安全，有危险立即拨打 110', '伤情照片、病历', '报警回执、告诫书', '聊天记录、证人的联系方式'],
  other: ['身份证', '和这件事有关的合同、票据、照片、聊天记录']
}
