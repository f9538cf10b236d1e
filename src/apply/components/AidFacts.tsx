/**
 * Where a legal-aid application stands against the law's clocks (第四十三条): the day the centre
 * must decide by, staff's one request for materials (shown first, with its due day and the
 * 补充材料 action), a refusal with its reason and how to object (第四十九条), and the 承办人.
 */
import { Text, View } from '@tarojs/components'
import type { ApplicationDetail, AidDetail } from '@/core/contracts/apply'
import { URGENT_REASONS } from '@/core/domain/legal-aid-law'
import { formatShanghaiTime } from '@/core/domain/time'
import HotlineButton from '@/components/HotlineButton'
import { daysLeftWhenAsked, dueInWords } from '../process'
import SupplementForm from './SupplementForm'

interface Props {
  application: ApplicationDetail & { aid: AidDetail }
  onChanged: (next: ApplicationDetail) => void
}

export default function AidFacts({ application: a, onChanged }: Props) {
  const { aid } = a
  const request = aid.materialsRequest
  const waitingForMe = a.status === 'awaiting_materials' && request && !request.suppliedAt
  const deciding = a.status === 'submitted' || a.status === 'awaiting_materials'
  const urgent = aid.urgent && URGENT_REASONS.find((r) => r.id === aid.urgent?.reason)
  return (
    <>
      {waitingForMe && (
        <View className='card stack application-alert materials-request' role='alert'>
          <Text className='text-title'>工作人员请您补充材料</Text>
          <Text>{request.text}</Text>
          <Text>请在 {dueInWords(request.dueAt)}补充。过期没有补充的，按您撤回申请处理（法律援助法第四十三条）。</Text>
          <SupplementForm application={a} onChanged={onChanged} answering />
        </View>
      )}
      {request?.suppliedAt && <Text className='text-small'>您在 {formatShanghaiTime(request.suppliedAt)} 补充了工作人员要的材料。</Text>}
      {deciding && (
        <View className='card stack decide-by'>
          {waitingForMe ? (
            <Text>审查期限暂停：您补齐材料后，法律援助中心还有 {daysLeftWhenAsked(aid.decideBy, request.at)} 天作出决定。</Text>
          ) : (
            <Text>审查期限：{dueInWords(aid.decideBy)}</Text>
          )}
          <Text className='text-small'>
            法律援助中心收到申请后 7 天内作出决定（法律援助法第四十三条）；等您补充材料的时间不算在内（司法部《办理法律援助案件程序规定》）。
          </Text>
        </View>
      )}
      {urgent && deciding && (
        <View className='card stack'>
          <Text>
            您说了情况紧急：{urgent.label}（法律援助法{urgent.article}）。法律援助中心可以先给您提供法律援助，材料以后再补。
          </Text>
        </View>
      )}
      {aid.decision && !aid.decision.granted && (
        <View className='card stack application-alert refusal' role='alert'>
          <Text className='text-title'>不予法律援助</Text>
          <Text>理由：{aid.decision.reason}</Text>
          {aid.objection && <Text>{aid.objection}</Text>}
        </View>
      )}
      {aid.decision?.granted && aid.decision.first && <Text>情况紧急，法律援助中心先行给予了法律援助（法律援助法第四十四条）。</Text>}
      {a.status === 'granted' && !aid.assignee && aid.appointBy && (
        <View className='card'>
          <Text>已经同意给您法律援助。最晚在 {dueInWords(aid.appointBy)}为您指派承办人（法律援助法第四十三条）。</Text>
        </View>
      )}
      {aid.assignee && (
        <View className='card stack assignee'>
          <Text className='text-title'>承办人</Text>
          <Text>
            {aid.assignee.name}（{aid.assignee.kind === 'lawyer' ? '律师' : '法律服务站'}）
          </Text>
          <Text className='text-small'>由他帮您办这件事，有问题可以直接找他。</Text>
          {aid.assignee.phone && <HotlineButton phone={{ label: `承办人 ${aid.assignee.name}`, number: aid.assignee.phone, verified: false }} />}
        </View>
      )}
    </>
  )
}
