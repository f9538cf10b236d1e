/**
 * 操作记录 (admins): who looked at or did what, newest first. Filter by one case (tap its
 * number) or by one staff member. The trail is append-only; this page only reads it.
 */
import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { auditActionLabel } from '@/core/domain/audit-actions'
import { formatShanghaiTime } from '@/core/domain/time'
import Field from '@/components/Field'
import LoadStateView from '@/components/LoadStateView'
import PageShell from '@/components/PageShell'
import ShowMoreButton from '@/components/ShowMoreButton'
import { useLoader } from '@/hooks/use-loader'
import { usePager } from '@/hooks/use-pager'
import { uncached } from '@/services/offline-cache'
import { loadAudit, loadStaff } from '@/services/staff'
import Chips from '../../components/Chips'
import '../../staff.scss'

const PAGE = 50

interface Filter {
  consultationId?: string
  ticket?: string
  actorOpenid?: string
  actorName?: string
}

export default function StaffAuditPage() {
  const { params } = useRouter()
  const [filter, setFilter] = useState<Filter>({
    consultationId: params.consultationId,
    ticket: params.ticket,
    actorOpenid: params.actorOpenid,
    actorName: params.actorName ? decodeURIComponent(params.actorName) : undefined
  })
  // A case is chosen by its id (tapped in the list) or by the ticket number typed in.
  const query = {
    ...(filter.consultationId ? { consultationId: filter.consultationId } : filter.ticket ? { ticket: filter.ticket } : {}),
    actorOpenid: filter.actorOpenid,
    limit: PAGE
  }
  const { state, reload, pager } = usePager((offset) => uncached(loadAudit({ ...query, offset })), [filter.consultationId, filter.ticket, filter.actorOpenid])
  const [typedTicket, setTypedTicket] = useState('')
  const staff = useLoader(() => uncached(loadStaff()), [])

  return (
    <PageShell>
      <View className='card stack staff-audit-filters'>
        <Text className='text-title'>操作记录</Text>
        <Text className='text-small'>每次查看案件和每个操作都会记下来，不能修改。</Text>
        {filter.consultationId || filter.ticket ? (
          <View className='row'>
            <Text className='staff-audit-case'>只看案件 {filter.ticket ?? ''}</Text>
            <Button className='button' onClick={() => setFilter((f) => ({ ...f, consultationId: undefined, ticket: undefined }))}>
              看全部案件
            </Button>
          </View>
        ) : (
          <>
            <Text className='text-small'>点一条记录里的案件编号，或输入编号，就只看那个案件。</Text>
            <View className='row'>
              <Field label='案件编号' value={typedTicket} onChange={setTypedTicket} placeholder='HS-20261127-0042' />
              <Button className='button' onClick={() => setFilter((f) => ({ ...f, ticket: typedTicket.trim().toUpperCase() || undefined }))}>
                查找
              </Button>
            </View>
          </>
        )}
        <Text>按工作人员</Text>
        {staff.state.status === 'loaded' ? (
          <Chips
            label='按工作人员'
            scroll
            options={[{ id: '', label: '全部人员' }, ...staff.state.data.map((s) => ({ id: s.openid, label: s.name }))]}
            selected={[filter.actorOpenid ?? '']}
            onToggle={(id) => {
              const member = staff.state.status === 'loaded' ? staff.state.data.find((s) => s.openid === id) : undefined
              setFilter((f) => ({ ...f, actorOpenid: id || undefined, actorName: member?.name }))
            }}
          />
        ) : (
          filter.actorName && <Text>只看 {filter.actorName}</Text>
        )}
      </View>

      <LoadStateView state={state} onRetry={reload} isEmpty={(r) => r.items.length === 0} emptyText='没有符合条件的记录。'>
        {(result) => (
          <View className='card stack staff-audit'>
            <Text className='text-small'>共 {result.total} 条</Text>
            {pager.items.map((e, i) => (
              <View key={`${e.at}-${i}`} className='staff-audit-entry'>
                <Text className='text-small'>{formatShanghaiTime(e.at)}</Text>
                <Text>
                  {e.actorName} · {auditActionLabel(e.action)}
                </Text>
                {e.ticket && e.consultationId && (
                  <View
                    className='tap staff-audit-ticket'
                    role='link'
                    aria-label={`只看案件 ${e.ticket}`}
                    onClick={() => setFilter((f) => ({ ...f, consultationId: e.consultationId, ticket: e.ticket }))}
                  >
                    <Text className='staff-link'>{e.ticket}</Text>
                  </View>
                )}
                {e.detail && <Text className='text-small'>{e.detail}</Text>}
              </View>
            ))}
            <ShowMoreButton pager={pager} step={PAGE} unit='条' />
          </View>
        )}
      </LoadStateView>
    </PageShell>
  )
}
