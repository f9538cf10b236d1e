/**
 * 案件: one consultation as staff see it. Opening it is a `view`, which the cloud writes to the
 * audit trail; every action answers the new case, shown without a reload.
 */
import { useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { StaffCase, StaffProfile } from '@/core/contracts/staff'
import type { Envelope } from '@/core/envelope'
import { isOpen } from '@/core/domain/consult-status'
import { matterLabel } from '@/core/domain/matters'
import { PRIORITY_LABEL } from '@/core/domain/priority'
import { formatShanghaiTime } from '@/core/domain/time'
import LoadStateView from '@/components/LoadStateView'
import PageShell from '@/components/PageShell'
import { useLoader } from '@/hooks/use-loader'
import { uncached } from '@/services/offline-cache'
import { loadMe, viewCase } from '@/services/staff'
import CaseFacts from '../../components/CaseFacts'
import Timeline from '@/components/Timeline'
import { routeUrl } from '@/routes'
import { CaseNotes, CaseThread } from '../../components/CaseRecord'
import StaffCaseActions from '../../components/StaffCaseActions'
import { isHeld } from '../../case-rules'
import { channelName, outcomeLabel, STAFF_STATUS_LABEL } from '../../labels'
import '../../staff.scss'

/** Who I am and the case, together: the actions depend on both. */
const loadBoth = async (id: string): Promise<Envelope<{ me: StaffProfile; c: StaffCase }>> => {
  const [me, c] = await Promise.all([loadMe(), viewCase(id)])
  if (!me.ok) return me
  if (!c.ok) return c
  return { ok: true, data: { me: me.data, c: c.data } }
}

export default function StaffCasePage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const { state, reload } = useLoader(() => uncached(loadBoth(id)), [id])
  const [latest, setLatest] = useState<StaffCase | null>(null)
  useEffect(() => setLatest(null), [state])

  return (
    <PageShell>
      <LoadStateView state={state} onRetry={reload}>
        {({ me, c: loaded }) => {
          const c = latest ?? loaded
          return (
            <View className='stack'>
              <View className='card stack staff-case-head' role='status'>
                <Text className='text-small'>{c.ticket}</Text>
                <Text className='text-hero staff-case-status'>{STAFF_STATUS_LABEL[c.status]}</Text>
                <View className='staff-tags'>
                  <Text className={c.priority === 1 ? 'staff-tag urgent' : 'staff-tag'}>{PRIORITY_LABEL[c.priority]}</Text>
                  {(isHeld(c) || c.heldForReview) && <Text className='staff-tag held'>待核对</Text>}
                  {c.escalated && <Text className='staff-tag sla-red'>已上报</Text>}
                </View>
                <Text>
                  {matterLabel(c.matter)} · {channelName(c.channel)}
                  {c.point ? ` · ${c.point.name}` : ''}
                </Text>
                <Text className='staff-assignee'>
                  {c.assignee ? (c.assignee.openid === me.openid ? '由我处理' : `由 ${c.assignee.name} 处理`) : '还没有人领取'}
                </Text>
                {isOpen(c.status) && c.status !== 'answered' && <Text className='text-small'>应在 {formatShanghaiTime(c.dueAt)} 前第一次答复</Text>}
                {c.outcome && <Text>结果：{outcomeLabel(c.outcome)}</Text>}
                {c.attachedTips.length > 0 && <Text className='text-small'>已附小贴士 {c.attachedTips.length} 条</Text>}
                {c.rating && (
                  <Text>
                    群众评价：{'★'.repeat(c.rating.score)}
                    {'☆'.repeat(5 - c.rating.score)}
                    {c.rating.comment ? ` ${c.rating.comment}` : ''}
                  </Text>
                )}
              </View>
              <StaffCaseActions c={c} me={me} onChanged={setLatest} />
              <CaseThread c={c} />
              <CaseFacts c={c} />
              <CaseNotes c={c} />
              <Timeline events={c.events} />
              {me.role === 'admin' && (
                <View
                  className='card row tap'
                  role='button'
                  onClick={() => void Taro.navigateTo({ url: routeUrl('staffAudit', { consultationId: c.id, ticket: c.ticket }) })}
                >
                  <Text>这个案件的操作记录</Text>
                  <Text aria-hidden='true'>›</Text>
                </View>
              )}
            </View>
          )
        }}
      </LoadStateView>
    </PageShell>
  )
}
