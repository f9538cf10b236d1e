/** How to be helped, where, and when. */
import { useMemo } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { CHANNELS, type ChannelId } from '@/core/contracts/consult'
import FormError from '@/components/FormError'
import LoadStateView from '@/components/LoadStateView'
import ShowMoreButton from '@/components/ShowMoreButton'
import { useLoader } from '@/hooks/use-loader'
import { useLocalPager } from '@/hooks/use-pager'
import { loadPointList } from '@/services/points'
import { messageFor } from '@/core/validation'
import { needsSlot, type Draft } from '../draft'
import SlotPicker from './SlotPicker'
import type { FieldIssue } from '@/core/envelope'

/** Stations offered at a time: the list grows with every station the county adds. */
const STATIONS_PAGE = 20

interface Props {
  draft: Draft
  issues: FieldIssue[]
  update: (patch: Partial<Draft>) => void
}

export default function ChannelStep({ draft, issues, update }: Props) {
  const pick = (channel: ChannelId) => update({ channel, slotStart: undefined, asap: false })
  // The stations as the points list has them (kept on the phone, so the picker works offline).
  const { state: points, reload } = useLoader(loadPointList, [])
  const stations = useMemo(() => (points.status === 'loaded' ? points.data.items.filter((p) => p.kind === 'out-of-county-station') : []), [points])
  const pager = useLocalPager(stations, STATIONS_PAGE)
  const showSlots = needsSlot(draft.channel) && !draft.asap && (draft.channel !== 'in-person-station' || draft.pointId)
  // When no time can be had (all taken, or no network to see them): a callback as soon as possible, or a written question.
  const alternatives = (
    <>
      {draft.channel === 'phone' && (
        <Button className='button primary' onClick={() => update({ asap: true, slotStart: undefined })}>
          尽快回电
        </Button>
      )}
      <Button className='button' onClick={() => update({ channel: 'written', slotStart: undefined, asap: false })}>
        改为留言咨询
      </Button>
    </>
  )

  return (
    <View className='stack'>
      {CHANNELS.map((c) => (
        <View
          key={c.id}
          role='radio'
          aria-checked={draft.channel === c.id}
          className={draft.channel === c.id ? 'card channel selected' : 'card channel'}
          onClick={() => pick(c.id)}
        >
          <Text className='text-title'>{c.label}</Text>
          <Text className='text-small'>{c.hint}</Text>
        </View>
      ))}
      <FormError message={messageFor(issues, 'channel')} />

      {draft.channel === 'in-person-station' && (
        <View className='card stack'>
          <Text>选择驻外法律服务站</Text>
          <LoadStateView state={points} onRetry={reload}>
            {() => (
              <>
                {pager.items.map((s) => (
                  <View
                    key={s.id}
                    role='radio'
                    aria-checked={draft.pointId === s.id}
                    className={draft.pointId === s.id ? 'row tap choice selected' : 'row tap choice'}
                    onClick={() => update({ pointId: s.id, pointName: s.name, slotStart: undefined })}
                  >
                    <Text>
                      {s.name}（{s.city}）
                    </Text>
                    {s.sample && <Text className='badge-sample'>示例</Text>}
                  </View>
                ))}
                <ShowMoreButton pager={pager} step={STATIONS_PAGE} unit='个站点' />
              </>
            )}
          </LoadStateView>
          <FormError message={messageFor(issues, 'pointId')} />
        </View>
      )}

      {draft.channel === 'phone' && draft.asap && (
        <View className='card stack' role='status'>
          <Text>已选“尽快回电”：工作人员会在上班时间尽早给您打电话。</Text>
          <Button className='button' onClick={() => update({ asap: false })}>
            改为选时间
          </Button>
        </View>
      )}

      {showSlots && (
        <View className='card stack'>
          <Text className='text-title'>选一个时间</Text>
          <SlotPicker
            channel={draft.channel!}
            pointId={draft.pointId}
            selected={draft.slotStart}
            onSelect={(slotStart) => update({ slotStart })}
            noneFree={
              <View className='stack' role='status'>
                <Text>最近几天的时间都约满了。您可以：</Text>
                {alternatives}
              </View>
            }
            offline={
              <View className='stack'>
                <Text>现在没有网络，看不到能约的时间。您可以：</Text>
                {alternatives}
                <Text className='text-small'>选好后照常提交：没有网络时会先存在手机上，有网络时自动发出。</Text>
              </View>
            }
          />
          <FormError message={messageFor(issues, 'slotStart')} />
        </View>
      )}
    </View>
  )
}
