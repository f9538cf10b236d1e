/**
 * What the People's Mediation Law (中华人民共和国人民调解法, in force 2011-01-01) means for a
 * request, in words a citizen can read. The dispute categories are the county's own (its data
 * file, `mediationCategories`); the committee is the township's 人民调解委员会.
 * Pure data: no store, no platform.
 */

/** How a mediation ended; each text tells the citizen what it means and what they can do next. */
export const MEDIATION_OUTCOMES = [
  {
    id: 'succeeded',
    label: '调解成功',
    meaning: '双方达成了调解协议。',
    next: '调解协议有法律约束力，双方要按约定履行（人民调解法第三十一条）。双方觉得有必要的，可以在协议生效后 30 天内一起向法院申请司法确认；确认以后，对方不履行，您可以申请法院强制执行（人民调解法第三十三条）。'
  },
  {
    id: 'failed',
    label: '调解没有成功',
    meaning: '这次调解没能让双方达成一致，调解已经结束。',
    next: '您还可以通过仲裁、找有关部门处理或者到法院起诉来维护权利（人民调解法第二十六条）。需要帮助可以预约法律咨询，或者申请法律援助。'
  },
  {
    id: 'declined',
    label: '不受理',
    meaning: '调解委员会没有受理这个纠纷。',
    next: '请看下面写的原因。比如对方明确不愿意调解时，调解委员会不能调解（人民调解法第十七条）。您可以通过仲裁、行政或者到法院起诉等办法解决，也可以预约法律咨询。'
  }
] as const
export type MediationOutcomeId = (typeof MEDIATION_OUTCOMES)[number]['id']

/** Mediation is free (人民调解法第四条): said before the citizen asks. */
export const MEDIATION_FREE_TEXT = '人民调解不收任何费用（人民调解法第四条）。调解要双方都愿意，谁也不能强迫（第三条）。'

/** The committee that hears a township's disputes. */
export const committeeOf = (township: string): string => `${township}人民调解委员会`

export const mediationOutcomeOf = (id: MediationOutcomeId) => MEDIATION_OUTCOMES.find((o) => o.id === id)!
