/**
 * 统计 (admins): for a chosen period, how many consultations by matter, channel, point and
 * outcome; the median time to the first answer; the share answered on time; CSV export.
 */
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Picker, Text, View } from '@tarojs/components'
import type { StatsResult } from '@/core/contracts/staff'
import type { Envelope } from '@/core/envelope'
import { matterLabel, type MatterId } from '@/core/domain/matters'
import { shanghaiDate } from '@/core/domain/time'
import FormError from '@/components/FormError'
import LoadStateView from '@/components/LoadStateView'
import PageShell from '@/components/PageShell'
import { useLoader } from '@/hooks/use-loader'
import { uncached } from '@/services/offline-cache'
import { loadStats, loadStatsCsv } from '@/services/staff'
import { canDownload, downloadCsv } from '../../csv-export'
import { nameOfPoint, useStorePoints } from '../../hooks/use-store-points'
import { channelName, durationText, outcomeLabel, percentText } from '../../labels'
import '../../staff.scss'

/** A refused period says which date is wrong, not just that something is. */
const plainly = async <T,>(call: Promise<Envelope<T>>): Promise<Envelope<T>> => {
  const answer = await call
  return answer.ok || !answer.error.issues?.length ? answer : { ok: false, error: { ...answer.error, message: answer.error.issues[0].message } }
}

const Counts = ({ title, counts, label }: { title: string; counts: Record<string, number>; label: (id: string) => string }) => {
  const rows = Object.entries(counts).sort((a, b) => b[1] - a[1])
  return (
    <View className='card stack staff-stats-group'>
      <Text className='text-title'>{title}</Text>
      {rows.length === 0 && <Text className='text-small'>没有</Text>}
      {rows.map(([id, n]) => (
        <View key={id} className='staff-stat-row'>
          <Text>{label(id)}</Text>
          <Text>{n} 件</Text>
        </View>
      ))}
    </View>
  )
}

export default function StaffStatsPage() {
  const points = useStorePoints()
  const today = shanghaiDate(new Date())
  const [from, setFrom] = useState(`${today.slice(0, 8)}01`)
  const [to, setTo] = useState(today)
  const { state, reload } = useLoader(() => uncached(plainly(loadStats(from, to))), [from, to])
  const [csv, setCsv] = useState<{ filename: string; csv: string } | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const exportCsv = async () => {
    setBusy(true)
    const answer = await plainly(loadStatsCsv(from, to))
    setBusy(false)
    if (!answer.ok) return setProblem(answer.error.message)
    setProblem(null)
    if (canDownload()) downloadCsv(answer.data.filename, answer.data.csv)
    else setCsv(answer.data)
  }

  return (
    <PageShell>
      <View className='card stack staff-stats-period'>
        <Text className='text-title'>统计时间</Text>
        <Picker mode='date' value={from} end={today} onChange={(e) => setFrom(e.detail.value)}>
          <View className='row tap' aria-label={`开始日期 ${from}`}>
            <Text>从</Text>
            <Text>{from} ›</Text>
          </View>
        </Picker>
        <Picker mode='date' value={to} end={today} onChange={(e) => setTo(e.detail.value)}>
          <View className='row tap' aria-label={`结束日期 ${to}`}>
            <Text>到</Text>
            <Text>{to} ›</Text>
          </View>
        </Picker>
      </View>

      <LoadStateView state={state} onRetry={reload}>
        {(s: StatsResult) => (
          <View className='stack'>
            <View className='card stack staff-stats-summary'>
              <Text className='text-hero'>{s.total} 件</Text>
              <Text>
                {s.from} 到 {s.to} 收到的咨询
              </Text>
              <Text>第一次答复用时（中位数）：{s.medianMinutesToFirstAnswer === null ? '暂无' : durationText(s.medianMinutesToFirstAnswer)}</Text>
              <Text>按时答复的比例：{percentText(s.answeredOnTimeShare)}</Text>
            </View>
            <Counts title='按问题' counts={s.byMatter} label={(id) => matterLabel(id as MatterId)} />
            <Counts title='按方式' counts={s.byChannel} label={channelName} />
            <Counts title='按服务点' counts={s.byPoint} label={(id) => nameOfPoint(points, id)} />
            <Counts title='按结果' counts={s.byOutcome} label={outcomeLabel} />
          </View>
        )}
      </LoadStateView>

      <View className='card stack'>
        <Button className='button primary' loading={busy} disabled={busy} onClick={exportCsv}>
          导出 CSV
        </Button>
        <FormError message={problem} />
        {csv && (
          <View className='stack staff-csv-box'>
            <Text className='text-small'>{csv.filename}（复制后粘贴到电脑上的表格里）</Text>
            <Button className='button' onClick={() => void Taro.setClipboardData({ data: csv.csv })}>
              复制 CSV
            </Button>
            <Text className='staff-csv' userSelect>
              {csv.csv}
            </Text>
          </View>
        )}
      </View>
    </PageShell>
  )
}
