/**
 * One application as its owner sees it: where it stands and what is needed next, the steps of
 * the process, what staff asked for, the decision or outcome, the files, the helper assigned,
 * and what the owner can do (补充材料, 撤回, 家人查进度).
 */
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { AidDetail, ApplicationDetail } from '@/core/contracts/apply'
import { isApplicationOpen } from '@/core/domain/application'
import { availableApplicationActions, factsOfView } from '@/core/domain/application-rules'
import FamilyFollowToggle from '@/components/FamilyFollowToggle'
import Timeline from '@/components/Timeline'
import { setApplicationFollow } from '@/services/applications'
import AidFacts from './AidFacts'
import MaterialList from './MaterialList'
import MediationFacts from './MediationFacts'
import ProcessSteps from './ProcessSteps'
import SupplementForm from './SupplementForm'
import WithdrawForm from './WithdrawForm'

const KIND_LABEL = { aid: '法律援助申请', mediation: '人民调解申请' } as const

/** The cloud's own rule says whether its owner may still withdraw it. */
const canWithdraw = (a: ApplicationDetail): boolean => availableApplicationActions(factsOfView(a), { kind: 'owner' }, new Date().toISOString()).has('withdraw')

const copyTicket = (ticket: string) =>
  void Taro.setClipboardData({ data: ticket }).then(() => Taro.showToast({ title: '单号已复制，可以发给家人', icon: 'none' }))

export default function ApplicationView({ application: a, onChanged }: { application: ApplicationDetail; onChanged: (next: ApplicationDetail) => void }) {
  const aid = a.kind === 'aid' && a.aid ? (a as ApplicationDetail & { aid: AidDetail }) : null
  const open = isApplicationOpen(a)
  const asked = Boolean(aid && a.status === 'awaiting_materials' && aid.aid.materialsRequest && !aid.aid.materialsRequest.suppliedAt)
  return (
    <View className='stack'>
      <View className='card stack' role='status'>
        <Text className='text-small'>
          {KIND_LABEL[a.kind]} · {a.ticket}
        </Text>
        <Text className='text-hero case-status'>{a.statusLabel}</Text>
        <Text className='text-title'>{a.title}</Text>
        {/* When staff asked for materials, the request right below says what and by when: said once. */}
        {!asked && <Text>下一步：{a.nextStep}</Text>}
      </View>
      {aid && <AidFacts application={aid} onChanged={onChanged} />}
      {a.mediation && <MediationFacts mediation={a.mediation} />}
      <ProcessSteps application={a} />
      {aid && (
        <>
          <MaterialList applicationId={a.id} materials={aid.aid.materials} />
          {open && !asked && <SupplementForm application={a} onChanged={onChanged} answering={false} />}
        </>
      )}
      <View className='card stack'>
        <Text className='text-title'>让家人查进度</Text>
        <Text>
          您的单号：<Text className='ticket'>{a.ticket}</Text>
        </Text>
        <Button className='button' onClick={() => copyTicket(a.ticket)}>
          复制单号
        </Button>
      </View>
      <FamilyFollowToggle
        ticket={a.ticket}
        on={a.familyFollow}
        noun='申请'
        hidden='申请内容'
        toggle={(on) => setApplicationFollow(a.id, on)}
        onChanged={onChanged}
      />
      {canWithdraw(a) && <WithdrawForm application={a} onChanged={onChanged} />}
      <Timeline events={a.events} />
    </View>
  )
}
