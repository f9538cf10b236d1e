/** A list of one's own cases asked for while not signed in: say so, and offer the way in. */
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { routeUrl } from '@/routes'
import PageShell from './PageShell'

export default function SignInFirst({ what }: { what: string }) {
  return (
    <PageShell>
      <View className='card stack'>
        <Text>{`请先登录，才能看到您的${what}。`}</Text>
        <Button className='button primary' onClick={() => void Taro.navigateTo({ url: routeUrl('identity') })}>
          去登录
        </Button>
      </View>
    </PageShell>
  )
}
