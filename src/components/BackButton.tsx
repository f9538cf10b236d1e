/**
 * 返回 for the browser build, where no WeChat title bar carries one: back to the page before,
 * or to the home page when this page was opened directly (a link, a reload). Not on home.
 */
import Taro, { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { routeUrl } from '@/routes'

const HOME = routeUrl('home')

const goBack = () => {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack()
  else void Taro.reLaunch({ url: HOME })
}

export default function BackButton() {
  const { path } = useRouter()
  if (process.env.TARO_ENV !== 'h5' || path.split('?')[0] === HOME) return null
  return (
    <View className='row tap page-back' role='button' tabIndex={0} onClick={goBack}>
      <Text>‹ 返回</Text>
    </View>
  )
}
