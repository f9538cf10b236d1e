/**
 * The optional quick check before booking. It only informs: a consultation is itself legal aid
 * (法律援助法第二十二条) and never depends on it. It tells the citizen whether they are likely
 * exempt from the economic-hardship check when they later apply for legal aid.
 */
export const QUICK_CHECK_QUESTIONS = [
  { id: 'migrant-wages', text: '您是外出务工人员，要讨工资或工伤赔偿吗？', basis: '法律援助法第四十二条' },
  { id: 'social-assistance', text: '您家在领低保、特困供养或其他救助吗？', basis: '法律援助法第四十二条' },
  { id: 'no-fixed-income', text: '您是没有固定收入的未成年人、老人或残疾人吗？', basis: '法律援助法第四十二条' },
  { id: 'domestic-violence', text: '您是家暴、虐待或遗弃的受害人，要维护自己的权益吗？', basis: '法律援助法第三十二条' }
] as const

export type QuickCheckId = (typeof QUICK_CHECK_QUESTIONS)[number]['id']

export interface QuickCheckResult {
  likelyExempt: boolean
  message: string
  basis: string[]
}

export const quickCheck = (yes: readonly QuickCheckId[]): QuickCheckResult => {
  const matched = QUICK_CHECK_QUESTIONS.filter((q) => yes.includes(q.id))
  if (matched.length === 0) {
    return {
      likelyExempt: false,
      message: '以后申请法律援助时，一般要说明家里经济困难：本人如实填写、签字承诺就行，不用另外开证明。',
      basis: ['法律援助法第四十一条']
    }
  }
  return {
    likelyExempt: true,
    message: '您很可能不用证明经济困难，可以直接申请法律援助。请带好能说明情况的材料。',
    basis: [...new Set(matched.map((q) => q.basis))]
  }
}

/** Shown whatever the answers. */
export const CONSULTATION_IS_AID = '法律咨询本身就是免费的法律援助（法律援助法第二十二条），不管上面怎么回答，都可以预约。'
