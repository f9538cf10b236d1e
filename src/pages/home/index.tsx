/** 首页: the four ways in, the hotline, and this month's legal theme. */
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { county } from '@/core/county/current'
import ElderlySwitch from '@/components/ElderlySwitch'
import HotlineButton from '@/components/HotlineButton'
import PageShell from '@/components/PageShell'
import MonthlyThemeCard from '@/components/MonthlyThemeCard'
import { useUnseenCount } from '@/hooks/use-unseen-count'
import { outboxItems } from '@/services/outbox'
import './index.scss'

interface Entry {
  title: string
  hint: string
  icon: string
  url: string
  /** Said when the page cannot open for want of a network. */
  offline: string
}

const MINE_URL = '/consult/pages/mine/index'

const ENTRIES: Entry[] = [
  { title: '预约法律咨询', hint: '电话、视频、当面或留言', icon: '📝', url: '/consult/pages/book/index', offline: '预约要先联网打开。着急的话，请直接拨打 12348。' },
  { title: '找驻外法律服务站', hint: '在外务工，就近找帮助', icon: '📍', url: '/stations/pages/index/index', offline: '找服务站要先联网打开一次，以后没有网络也能看。' },
  { title: '普法小贴士', hint: '讨薪、防骗、婚姻家庭…', icon: '📖', url: '/tips/pages/index/index', offline: '普法小贴士要先联网打开一次，看过的以后没有网络也能看。' },
  { title: '我的咨询', hint: '查看进度和答复', icon: '💬', url: MINE_URL, offline: '“我的咨询”要联网才能看到进度和答复。' }
]

/** A page that never opened before cannot load without a network: say so, and what is kept. */
const open = (entry: Entry) =>
  void Taro.navigateTo({ url: entry.url }).catch(() => {
    const waiting = outboxItems().length
    void Taro.showModal({
      title: '现在没有网络',
      content: `${entry.offline}${waiting > 0 ? `您有 ${waiting} 条待发送的内容存在手机上，有网络时会自动发出。` : ''}`,
      showCancel: false,
      confirmText: '知道了'
    })
  })

export default function HomePage() {
  const unseen = useUnseenCount()
  return (
    <PageShell>
      <View className='home-header'>
        <Text className='text-hero'>{county.appTitle}</Text>
        <Text className='text-small'>有法律问题，找我们。咨询免费。</Text>
      </View>

      <View className='grid-2'>
        {ENTRIES.map((entry) => (
          <View key={entry.title} className='home-entry card' role='button' hoverClass='pressed' onClick={() => open(entry)}>
            <Text className='home-entry-icon' aria-hidden='true'>
              {entry.icon}
            </Text>
            <Text className='text-title'>
              {entry.title}
              {entry.url === MINE_URL && unseen > 0 && (
                <Text className='badge-new' aria-label={`${unseen} 个咨询有新进展`}>
                  {unseen}
                </Text>
              )}
            </Text>
            <Text className='text-small'>{entry.hint}</Text>
          </View>
        ))}
      </View>

      <View className='card stack'>
        <Text>不会用手机？直接打电话：</Text>
        <HotlineButton phone={county.hotline} />
      </View>

      <MonthlyThemeCard />

      <View className='card stack'>
        <ElderlySwitch />
        <View className='row tap' role='button' onClick={() => void Taro.navigateTo({ url: '/pages/settings/index' })}>
          <Text>设置</Text>
          <Text aria-hidden='true'>›</Text>
        </View>
      </View>
    </PageShell>
  )
}
