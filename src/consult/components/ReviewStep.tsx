/** Everything the citizen entered, once more, before the one tap that sends it. */
import { View } from '@tarojs/components'
import { channelLabel } from '@/core/contracts/consult'
import { matterLabel } from '@/core/domain/matters'
import { maskPhone } from '@/core/domain/phone'
import { formatShanghaiTime } from '@/core/domain/time'
import ReviewRow from '@/components/ReviewRow'
import type { Draft } from '../draft'

export default function ReviewStep({ draft }: { draft: Draft }) {
  const when = draft.asap ? '尽快回电' : draft.slotStart ? formatShanghaiTime(draft.slotStart) : '不用约时间'
  return (
    <View className='card stack review'>
      <ReviewRow label='问题' value={draft.matter ? matterLabel(draft.matter) : ''} />
      <ReviewRow
        label='方式'
        value={`${draft.channel ? channelLabel(draft.channel) : ''}${draft.pointName && draft.channel === 'in-person-station' ? ` · ${draft.pointName}` : ''}`}
      />
      <ReviewRow label='时间' value={when} />
      <ReviewRow label='姓名' value={draft.applicant.name} />
      <ReviewRow label='手机' value={maskPhone(draft.applicant.phone)} />
      <ReviewRow label='家乡 · 现在 · 事发地' value={`${draft.applicant.township} · ${draft.applicant.currentCity} · ${draft.applicant.disputeCity}`} />
      {draft.forSomeoneElse && <ReviewRow label='替谁申请' value={`${draft.onBehalf.personName}（${draft.onBehalf.relationship}）`} />}
      {draft.wage.employer && <ReviewRow label='欠薪单位' value={draft.wage.employer} />}
      {draft.wage.employer && draft.wage.jobEnded !== undefined && (
        <ReviewRow label='这份工作' value={draft.wage.jobEnded ? `${draft.wage.jobEndDate} 已经不干了` : '还在干'} />
      )}
      {draft.matter === 'work-injury' && draft.injuryDate && <ReviewRow label='受伤或确诊的日期' value={draft.injuryDate} />}
      <ReviewRow label='语言' value={draft.languageHelp ? `需要说${draft.languageHelp}的工作人员` : '普通话或四川话'} />
      <ReviewRow label='您的问题' value={draft.description} />
    </View>
  )
}
