/** 设置: elderly mode, and on the local cloud the 切换身份 screen. */
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { county } from '@/core/county/current'
import ElderlySwitch from '@/components/ElderlySwitch'
import PageShell from '@/components/PageShell'
import { currentSession, type StoredSession } from '@/services/session'
import { routeUrl } from '@/routes'

const PERSONA_LABEL = { citizen: '群众', staff: '工作人员', admin: '管理员' } as const

export default function SettingsPage() {
  const [session, setSession] = useState<StoredSession | undefined>(currentSession)
  useDidShow(() => setSession(currentSession()))

  return (
    <PageShell>
      <View className='card stack'>
        <ElderlySwitch />
        <Text className='text-small'>打开后，字和按钮都会变大。手机微信里调大字体，这里也会跟着变大。</Text>
      </View>
      {process.env.TARO_ENV === 'h5' && (
        <View className='card stack'>
          <Text className='text-title'>本地测试身份</Text>
          <Text>{session ? `现在是：${PERSONA_LABEL[session.role]} ${session.name}` : '现在没有登录（以访客身份浏览）'}</Text>
          <View className='row tap' role='button' onClick={() => void Taro.navigateTo({ url: routeUrl('identity') })}>
            <Text>切换身份</Text>
            <Text aria-hidden='true'>›</Text>
          </View>
        </View>
      )}
      <View className='card stack'>
        <Text className='text-title'>关于</Text>
        <Text>
          {county.appTitle}，由{county.name}司法局提供。法律咨询是免费的法律援助。
        </Text>
        <Text className='text-small'>标有“示例”的内容还没有经过核实，请以 12348 热线的答复为准。</Text>
      </View>
      <View className='card stack'>
        <View className='row tap' role='button' onClick={() => void Taro.navigateTo({ url: routeUrl('staffHome') })}>
          <Text>工作人员入口</Text>
          <Text aria-hidden='true'>›</Text>
        </View>
        <Text className='text-small'>司法局和法律服务站的工作人员在这里处理咨询；第一次用需要邀请码。</Text>
      </View>
    </PageShell>
  )
}
