/** 一月一主题: this month's legal theme and its first tips. */
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useLoader } from '@/hooks/use-loader'
import { loadMonthlyTheme } from '@/services/home-feed'
import { routeUrl } from '@/routes'
import LoadStateView from './LoadStateView'

export default function MonthlyThemeCard() {
  const { state, reload } = useLoader(loadMonthlyTheme, [])
  return (
    <View className='card stack monthly-theme'>
      <LoadStateView state={state} onRetry={reload}>
        {(theme) => (
          <>
            <Text className='text-title'>
              {theme.month}月主题：{theme.title}
            </Text>
            <Text className='text-small'>{theme.blurb}</Text>
            {theme.tips.slice(0, 3).map((tip) => (
              <View key={tip.id} className='row tap' role='link' onClick={() => void Taro.navigateTo({ url: routeUrl('tip', { id: tip.id }) })}>
                <Text>{tip.title}</Text>
                <Text aria-hidden='true'>›</Text>
              </View>
            ))}
          </>
        )}
      </LoadStateView>
    </View>
  )
}
