/**
 * The family's finances, or why they need no check. For wages and work injury the exemption of
 * 第四十二条 for migrant workers is said and offered first, before any question about money;
 * 第三十二条 matters are told there is no hardship limit and asked nothing about money.
 * Otherwise the applicant's own short statement is enough (第四十一条: no certificates are demanded).
 */
import { Text, View } from '@tarojs/components'
import type { FieldIssue } from '@/core/envelope'
import { HARDSHIP_EXEMPTIONS, aidMatterOf, type HardshipExemptionId } from '@/core/domain/legal-aid-law'
import { messageFor } from '@/core/validation'
import ChoiceList from '@/components/ChoiceList'
import Field from '@/components/Field'
import { hasNoHardshipLimit, isMigrantWorkerMatter, type AidDraft } from '../aid-draft'

type Choice = HardshipExemptionId | 'statement' | undefined
const MIGRANT: HardshipExemptionId = 'migrant-wages-injury'
const option = (id: HardshipExemptionId) => {
  const exemption = HARDSHIP_EXEMPTIONS.find((e) => e.id === id)!
  return { value: id as Choice, label: `${exemption.label}（${exemption.article}）` }
}
const STATEMENT = { value: 'statement' as Choice, label: '以上都不是，我说说家里的经济情况' }

interface Props {
  draft: AidDraft
  issues: FieldIssue[]
  update: (patch: Partial<AidDraft>) => void
}

export default function FinanceStep({ draft, issues, update }: Props) {
  const migrantFirst = isMigrantWorkerMatter(draft.matter)
  const noLimit = hasNoHardshipLimit(draft.matter)
  const pick = (choice: Choice) => update({ finance: { ...draft.finance, choice } })
  const others = HARDSHIP_EXEMPTIONS.filter((e) => !migrantFirst || e.id !== MIGRANT).map((e) => option(e.id))
  const unanswered = issues.find((i) => i.path === 'finance')?.message ?? null

  if (noLimit && draft.matter && draft.matter !== 'criminal')
    return (
      <View className='card stack finance-no-limit' role='status'>
        <Text className='text-title'>这件事不受经济困难条件限制</Text>
        <Text>{`“${aidMatterOf(draft.matter).label}”申请法律援助，不用证明家里困难，也不用说明经济情况（法律援助法${aidMatterOf(draft.matter).article}）。`}</Text>
        <Text>这一步不用填，请点“下一步”。</Text>
      </View>
    )
  return (
    <View className='stack'>
      {migrantFirst && (
        <View className='card stack finance-migrant'>
          <Text className='text-title'>外出打工讨工钱、要工伤赔偿，不用查经济困难</Text>
          <Text>农民工请求支付劳动报酬或者工伤赔偿，申请法律援助不用审查经济困难条件（法律援助法第四十二条）。</Text>
          <ChoiceList label='您是这种情况吗？' options={[option(MIGRANT)]} selected={draft.finance.choice} onPick={pick} />
        </View>
      )}
      <View className='card stack'>
        <Text className='text-small'>
          {migrantFirst ? '不是外出打工的，请看下面：' : ''}
          下面这些人不用审查经济困难（法律援助法第四十二条）。都不是的话，您自己简单说说家里的经济情况就行，不用开证明（第四十一条）。
        </Text>
        <ChoiceList label='您的情况' options={[...others, STATEMENT]} selected={draft.finance.choice} onPick={pick} error={unanswered} />
        {draft.finance.choice === 'statement' && (
          <Field
            label='家庭经济情况'
            value={draft.finance.statement}
            onChange={(statement) => update({ finance: { ...draft.finance, statement } })}
            error={messageFor(issues, 'finance.statement')}
            multiline
            maxlength={500}
            placeholder='比如：家里 4 口人，只有我打工，每月挣 3000 元左右'
          />
        )}
      </View>
    </View>
  )
}
