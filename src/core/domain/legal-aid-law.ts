/**
 * What the Legal Aid Law (中华人民共和国法律援助法, in force 2022-01-01) says about applying,
 * as choices a citizen can pick and words a citizen can read. Each choice names its article
 * and item, so staff and reviewers can check it against the law.
 * Pure data: no store, no platform.
 */

/** The civil and administrative matters of 第三十一条 (economic hardship) and 第三十二条 (no hardship limit). */
export const AID_MATTERS = [
  { id: 'wages', label: '要工钱、确认劳动关系', article: '第三十一条第五项', hardshipExempt: false },
  { id: 'work-injury', label: '工伤事故赔偿', article: '第三十一条第七项', hardshipExempt: false },
  { id: 'traffic', label: '交通事故、医疗事故等人身伤害赔偿', article: '第三十一条第七项', hardshipExempt: false },
  { id: 'social-insurance', label: '社会保险待遇、低保和社会救助', article: '第三十一条第二项', hardshipExempt: false },
  { id: 'support', label: '赡养费、抚养费、扶养费', article: '第三十一条第四项', hardshipExempt: false },
  { id: 'pension', label: '抚恤金', article: '第三十一条第三项', hardshipExempt: false },
  { id: 'state-compensation', label: '国家赔偿', article: '第三十一条第一项', hardshipExempt: false },
  { id: 'environment', label: '环境污染、生态破坏损害赔偿', article: '第三十一条第八项', hardshipExempt: false },
  { id: 'capacity', label: '认定家人没有或只有部分民事行为能力', article: '第三十一条第六项', hardshipExempt: false },
  { id: 'domestic-violence', label: '受到虐待、遗弃或家庭暴力', article: '第三十二条第四项', hardshipExempt: true },
  { id: 'bravery', label: '因见义勇为要求赔偿或补偿', article: '第三十二条第二项', hardshipExempt: true },
  { id: 'martyr-honour', label: '维护英雄烈士的名誉（烈士的近亲属）', article: '第三十二条第一项', hardshipExempt: true },
  { id: 'other', label: '其他事情', article: '第三十一条第九项', hardshipExempt: false }
] as const
export type AidMatterId = (typeof AID_MATTERS)[number]['id']

/**
 * Criminal cases are not applied for here: a suspect or defendant applies through the police,
 * procuratorate or court, which in many cases must notify the legal aid centre to 指派 a lawyer
 * (第二十四条、第二十五条). The app explains this and collects nothing.
 */
export const CRIMINAL_CASE_TEXT =
  '刑事案件（被抓、被起诉）不在这里申请。犯罪嫌疑人、被告人可以向办案的公安机关、检察院、法院提出，由他们转交法律援助中心；有些情况（比如未成年人、可能判无期徒刑或死刑）法院等会直接通知我们指派律师（法律援助法第二十四条、第二十五条）。家人可以拨打 12348 问怎么办。'

/** 第四十二条: people whose economic hardship is not checked. */
export const HARDSHIP_EXEMPTIONS = [
  { id: 'migrant-wages-injury', label: '我是外出务工人员，要工钱或工伤赔偿', article: '第四十二条第三项' },
  { id: 'no-income-group', label: '没有固定收入的未成年人、老年人或残疾人', article: '第四十二条第一项' },
  { id: 'assistance-recipient', label: '正在领低保、特困供养等社会救助、司法救助或优抚', article: '第四十二条第二项' }
] as const
export type HardshipExemptionId = (typeof HARDSHIP_EXEMPTIONS)[number]['id']

/** 第四十四条: aid may be given first and the paperwork completed after. */
export const URGENT_REASONS = [
  { id: 'limit-near', label: '离起诉、仲裁或复议的最后期限不到 7 天', article: '第四十四条第一项' },
  { id: 'preserve-now', label: '需要马上申请保全财产、保全证据或先予执行', article: '第四十四条第二项' }
] as const
export type UrgentReasonId = (typeof URGENT_REASONS)[number]['id']

/** 第四十一条: the applicant's own word, in plain language, agreed to before submitting. */
export const HONESTY_PROMISE =
  '我保证填写的经济困难情况和提交的材料都是真实的。我知道法律援助中心可以去核实；如果弄虚作假，法律援助会被终止，还可能要退还费用（法律援助法第四十一条、第四十八条、第六十四条）。'

/** Days to decide after receiving an application (第四十三条); time waiting for the citizen's materials is not counted. */
export const DECIDE_WITHIN_DAYS = 7
/** Days to appoint the 承办人 after granting (第四十三条). */
export const APPOINT_WITHIN_DAYS = 3
/**
 * Days the citizen has to bring the missing materials before the application counts as
 * withdrawn (第四十三条 says unanswered means withdrawn but sets no period: this is the bureau's
 * setting, stated to the citizen when asked).
 */
export const SUPPLEMENT_WITHIN_DAYS = 15

/** How to object to a refusal (第四十九条), for the refusal letter. */
export const objectionText = (countyName: string): string =>
  `如果您不同意这个决定，可以向${countyName}司法局提出异议（法律援助法第四十九条）。司法局收到后 5 天内审查，决定维持或者让法律援助中心改正。对司法局的决定还不服的，可以申请行政复议或者提起行政诉讼。`

export const aidMatterOf = (id: AidMatterId) => AID_MATTERS.find((m) => m.id === id)!
