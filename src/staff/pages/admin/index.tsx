/**
 * 管理 (admins): invite staff, see and revoke invites, set the townships a member mediates for,
 * remove staff, and the ways to the audit trail and the statistics. The cloud checks the role on every call; this page only shows it.
 */
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { InviteView, StaffProfile } from '@/core/contracts/staff'
import { formatShanghaiDate } from '@/core/domain/time'
import LoadStateView from '@/components/LoadStateView'
import PageShell from '@/components/PageShell'
import { useLoader } from '@/hooks/use-loader'
import { uncached } from '@/services/offline-cache'
import { loadInvites, loadStaff, removeStaff, revokeInvite } from '@/services/staff'
import { routeUrl } from '@/routes'
import InviteForm from '../../components/InviteForm'
import TownshipsEditor from '../../components/TownshipsEditor'
import { useStorePoints } from '../../hooks/use-store-points'
import { applicationCoverageText, coverageText, kindLabel } from '../../labels'
import '../../staff.scss'

const INVITE_STATE: Record<InviteView['state'], string> = { open: '未使用', used: '已使用', expired: '已过期', revoked: '已撤销' }

export default function StaffAdminPage() {
  const points = useStorePoints()
  const invites = useLoader(() => uncached(loadInvites()), [])
  const staff = useLoader(() => uncached(loadStaff()), [])
  const [busyId, setBusyId] = useState<string | null>(null)
  const [editing, setEditing] = useState<string | null>(null)

  const revoke = async (invite: InviteView) => {
    const { confirm } = await Taro.showModal({
      title: '撤销邀请码？',
      content: `撤销后，给 ${invite.name} 的邀请码就不能用了。`,
      confirmText: '撤销',
      cancelText: '不撤销'
    })
    if (!confirm) return
    setBusyId(invite.id)
    const answer = await revokeInvite(invite.id)
    setBusyId(null)
    void Taro.showToast({ title: answer.ok ? '已撤销' : answer.error.message, icon: 'none' })
    void invites.reload()
  }

  const remove = async (member: StaffProfile) => {
    const { confirm } = await Taro.showModal({
      title: '移除这位工作人员？',
      content: `移除后，${member.name} 就不能再进工作台了。`,
      confirmText: '移除',
      cancelText: '不移除'
    })
    if (!confirm) return
    setBusyId(member.openid)
    const answer = await removeStaff(member.openid)
    setBusyId(null)
    void Taro.showToast({ title: answer.ok ? '已移除' : answer.error.message, icon: 'none' })
    void staff.reload()
  }

  return (
    <PageShell>
      <View className='card stack'>
        <View className='row tap' role='button' onClick={() => void Taro.navigateTo({ url: routeUrl('staffAudit') })}>
          <Text>查看操作记录</Text>
          <Text aria-hidden='true'>›</Text>
        </View>
        <View className='row tap' role='button' onClick={() => void Taro.navigateTo({ url: routeUrl('staffTips') })}>
          <Text>普法小贴士管理</Text>
          <Text aria-hidden='true'>›</Text>
        </View>
        <View className='row tap' role='button' onClick={() => void Taro.navigateTo({ url: routeUrl('staffStats') })}>
          <Text>查看统计和导出</Text>
          <Text aria-hidden='true'>›</Text>
        </View>
        {/* The way in on WeChat, where there is no browser sign-in: the cloud knows an admin by OPENID. */}
        <View className='row tap' role='button' onClick={() => void Taro.navigateTo({ url: routeUrl('stationsAdmin') })}>
          <Text>服务站点管理</Text>
          <Text aria-hidden='true'>›</Text>
        </View>
      </View>

      <InviteForm onCreated={() => void invites.reload()} />

      <View className='card stack staff-invites'>
        <Text className='text-title'>邀请码</Text>
        <LoadStateView state={invites.state} onRetry={invites.reload} isEmpty={(list) => list.length === 0} emptyText='还没有发出邀请。'>
          {(list) =>
            list.map((invite) => (
              <View key={invite.id} className='staff-fact'>
                <Text>
                  {invite.name} · {kindLabel(invite.kind)} · {INVITE_STATE[invite.state]}
                </Text>
                <Text className='text-small'>
                  负责{coverageText(invite, points)} · {formatShanghaiDate(invite.expiresAt)} 前有效
                </Text>
                {invite.state === 'open' && (
                  <Button
                    className='button'
                    loading={busyId === invite.id}
                    disabled={busyId !== null}
                    aria-label={`撤销给${invite.name}的邀请码`}
                    onClick={() => void revoke(invite)}
                  >
                    撤销
                  </Button>
                )}
              </View>
            ))
          }
        </LoadStateView>
      </View>

      <View className='card stack staff-members'>
        <Text className='text-title'>工作人员</Text>
        <LoadStateView state={staff.state} onRetry={staff.reload} isEmpty={(list) => list.length === 0} emptyText='还没有工作人员。'>
          {(list) =>
            list.map((member) => (
              <View key={member.openid} className='staff-fact'>
                <Text>
                  {member.name} · {kindLabel(member.kind)}
                </Text>
                <Text className='text-small'>负责{coverageText(member, points)}</Text>
                <Text className='text-small'>申请：{applicationCoverageText(member)}</Text>
                {editing === member.openid && (
                  <TownshipsEditor
                    member={member}
                    onCancel={() => setEditing(null)}
                    onSaved={() => {
                      setEditing(null)
                      void Taro.showToast({ title: '已保存', icon: 'none' })
                      void staff.reload()
                    }}
                  />
                )}
                <View className='staff-buttons'>
                  <Button
                    className='button'
                    disabled={editing !== null}
                    aria-label={`设置${member.name}负责调解的乡镇`}
                    onClick={() => setEditing(member.openid)}
                  >
                    调解乡镇
                  </Button>
                  <Button
                    className='button'
                    onClick={() => void Taro.navigateTo({ url: routeUrl('staffAudit', { actorOpenid: member.openid, actorName: member.name }) })}
                  >
                    操作记录
                  </Button>
                  <Button
                    className='button'
                    loading={busyId === member.openid}
                    disabled={busyId !== null}
                    aria-label={`移除${member.name}`}
                    onClick={() => void remove(member)}
                  >
                    移除
                  </Button>
                </View>
              </View>
            ))
          }
        </LoadStateView>
      </View>
    </PageShell>
  )
}
