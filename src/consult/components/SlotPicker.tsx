/**
 * Pick a 30-minute slot: days as tabs, times as buttons, full ones shown as 已约满. When no
 * slot is free (or, with `offline`, none can be seen for want of a network), the page offers
 * 尽快回电 or a written question instead.
 */
import { useState, type ReactNode } from 'react'
import { Button, Text, View } from '@tarojs/components'
import type { ChannelId } from '@/core/contracts/consult'
import { formatShanghaiClock, shanghaiParts } from '@/core/domain/time'
import LoadStateView from '@/components/LoadStateView'
import { useLoader } from '@/hooks/use-loader'
import { loadSlots } from '@/services/consult'
import { uncached } from '@/services/offline-cache'
import './SlotPicker.scss'

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']
const dayLabel = (date: string) => {
  const d = shanghaiParts(`${date}T12:00:00+08:00`)
  return `${d.month}月${d.day}日 ${WEEKDAYS[d.weekday]}`
}
const timeLabel = formatShanghaiClock

interface Props {
  channel: ChannelId
  pointId?: string
  selected?: string
  onSelect: (start: string) => void
  /** Rendered instead of the picker when every slot is taken. */
  noneFree: ReactNode
  /** Rendered (with a retry) when the times cannot be loaded for want of a network. */
  offline?: ReactNode
}

export default function SlotPicker({ channel, pointId, selected, onSelect, noneFree, offline }: Props) {
  const { state, reload } = useLoader(() => uncached(loadSlots(channel, pointId)), [channel, pointId])
  const [dayIndex, setDayIndex] = useState(0)

  if (offline && state.status === 'failed' && state.error.code === 'NETWORK.OFFLINE') {
    return (
      <View className='stack' role='status'>
        {offline}
        <Button className='button' onClick={() => void reload()}>
          有网络了，再看一次时间
        </Button>
      </View>
    )
  }

  return (
    <LoadStateView state={state} onRetry={reload}>
      {(result) => {
        if (!result.anyFree) return noneFree
        const day = result.days[Math.min(dayIndex, result.days.length - 1)]
        return (
          <View className='slot-picker stack'>
            <Text className='text-small'>
              {result.point.name}
              {result.point.sample ? '（示例）' : ''} · 每次 30 分钟
            </Text>
            <View className='slot-days' role='tablist'>
              {result.days.map((d, i) => (
                <View
                  key={d.date}
                  role='tab'
                  aria-selected={i === dayIndex}
                  className={i === dayIndex ? 'slot-day tap active' : 'slot-day tap'}
                  onClick={() => setDayIndex(i)}
                >
                  <Text>{dayLabel(d.date)}</Text>
                </View>
              ))}
            </View>
            <View className='slot-times'>
              {day.slots.map((slot) => (
                <Button
                  key={slot.start}
                  className={slot.start === selected ? 'button primary slot-time' : 'button slot-time'}
                  disabled={slot.full}
                  aria-label={`${dayLabel(day.date)} ${timeLabel(slot.start)}${slot.full ? ' 已约满' : ''}`}
                  onClick={() => onSelect(slot.start)}
                >
                  {timeLabel(slot.start)}
                  {slot.full ? ' 已约满' : ''}
                </Button>
              ))}
            </View>
          </View>
        )
      }}
    </LoadStateView>
  )
}
