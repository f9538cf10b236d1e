/** 首页: the ways in, the hotline, and this month's legal theme. */
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { county } from '@/core/county/current'
import ElderlySwitch from '@/components/ElderlySwitch'
import HotlineButton from '@/components/HotlineButton'
import PageShell from '@/components/PageShell'
import MonthlyThemeCard from '@/components/MonthlyThemeCard'
import { useUnseenCounts } from '@/hooks/use-unseen-count'
import { routeUrl } from '@/routes'
import './index.scss'
import type { UnseenCounts } from '@/services/home-feed'

interface Entry {
  title: string
  hint: string
  icon: string
  url: string
  /** Which of the citizen's lists this entry opens: its badge counts what changed there. */
  badge?: { of: keyof UnseenCounts; what: string }
}

const ENTRIES: Entry[] = [
  { title: '预约法律咨询', hint: '电话、视频、当面或留言', icon: '📝', url: routeUrl('book') },
  { title: '申请法律援助', hint: '请律师帮您打官司、要赔偿', icon: '⚖️', url: routeUrl('applyAid') },
  { title: '申请人民调解', hint: '邻里、家庭纠纷，免费调解', icon: '🤝', url: routeUrl('applyMediation') },
  { title: '找驻外法律服务站', hint: '在外务工，就近找帮助', icon: '📍', url: routeUrl('stations') },
  { title: '普法小贴士', hint: '讨薪、防骗、婚姻家庭…', icon: '📖', url: routeUrl('tips') },
  { title: '我的咨询', hint: '查看进度和答复', icon: '💬', url: routeUrl('myConsultations'), badge: { of: 'consultations', what: '咨询' } },
  { title: '我的申请', hint: '法律援助、调解的进度', icon: '📂', url: routeUrl('myApplications'), badge: { of: 'applications', what: '申请' } },
  { title: '家人查进度', hint: '凭单号帮家人看进度', icon: '👪', url: routeUrl('follow') }
]

const open = (entry: Entry) => void Taro.navigateTo({ url: entry.url })

export default function HomePage() {
  const unseen = useUnseenCounts()
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
              {entry.badge && unseen[entry.badge.of] > 0 && (
                <Text className='badge-new' aria-label={`${unseen[entry.badge.of]} 个${entry.badge.what}有新进展`}>
                  {unseen[entry.badge.of]}
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
        <View className='row tap' role='button' onClick={() => void Taro.navigateTo({ url: routeUrl('settings') })}>
          <Text>设置</Text>
          <Text aria-hidden='true'>›</Text>
        </View>
      </View>
    </PageShell>
  )
}
