/** The browser build on the local cloud: a form cannot be sent until a citizen persona is signed in. */
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { routeUrl } from '@/routes'
import { currentSession } from '@/services/session'

export default function SignInNotice() {
  if (process.env.TARO_ENV !== 'h5' || currentSession()) return null
  return (
    <View className='card stack' role='status'>
      <Text>本地测试：请先登录一个群众身份再提交。</Text>
      <Button className='button' onClick={() => void Taro.navigateTo({ url: routeUrl('identity') })}>
        去切换身份
      </Button>
    </View>
  )
}
