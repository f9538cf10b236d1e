/**
 * What the application is about: the matters of 法律援助法第三十一条、第三十二条, and 刑事案件,
 * which is only explained (aid in criminal cases goes through the police, procuratorate or
 * court, 第二十四条、第二十五条) and collects nothing.
 */
import { Text, View } from '@tarojs/components'
import { county } from '@/core/county/current'
import type { FieldIssue } from '@/core/envelope'
import { AID_MATTERS, CRIMINAL_CASE_TEXT, aidMatterOf } from '@/core/domain/legal-aid-law'
import { messageFor } from '@/core/validation'
import ChoiceList from '@/components/ChoiceList'
import Field from '@/components/Field'
import HotlineButton from '@/components/HotlineButton'
import type { AidDraft, MatterChoice } from '../aid-draft'

const OPTIONS: ReadonlyArray<{ value: MatterChoice | undefined; label: string }> = [
  ...AID_MATTERS.map((m) => ({ value: m.id, label: m.label })),
  { value: 'criminal', label: '刑事案件（家人被抓、被起诉）' }
]

interface Props {
  draft: AidDraft
  issues: FieldIssue[]
  update: (patch: Partial<AidDraft>) => void
}

export default function AidMatterStep({ draft, issues, update }: Props) {
  return (
    <View className='stack'>
      <View className='card stack'>
        <ChoiceList
          label='您要申请法律援助的是什么事？'
          options={OPTIONS}
          selected={draft.matter}
          onPick={(matter) => update({ matter })}
          error={messageFor(issues, 'matter')}
        />
        {draft.matter && draft.matter !== 'criminal' && <Text className='text-small'>依据：法律援助法{aidMatterOf(draft.matter).article}</Text>}
      </View>
      {draft.matter === 'criminal' ? (
        <View className='card stack criminal-case' role='status'>
          <Text className='text-title'>刑事案件不在这里申请</Text>
          <Text>{CRIMINAL_CASE_TEXT}</Text>
          <HotlineButton phone={county.hotline} />
        </View>
      ) : (
        <View className='card stack'>
          <Field
            label='简单说说事情经过'
            value={draft.description}
            onChange={(description) => update({ description })}
            error={messageFor(issues, 'description')}
            multiline
            maxlength={2000}
            placeholder='比如：在成都工地干了三个月，老板一直不发工资'
          />
        </View>
      )}
    </View>
  )
}
