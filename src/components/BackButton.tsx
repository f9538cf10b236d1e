/**
 * 返回 for the browser build, where no WeChat title bar carries one: back to the page before,
 * or to the home page when this page was opened directly (a link, a reload). Not on home.
 */
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { routeUrl } from '@/routes'

const goBack = () => {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack()
  else void Taro.reLaunch({ url: routeUrl('home') })
}

/** The page this button sits on: the page on top when it was first drawn. */
const routeOnTop = (): string => (Taro.getCurrentInstance().router?.path ?? '').split('?')[0]

export default function BackButton() {
  const [route] = useState(() => (process.env.TARO_ENV === 'h5' ? routeOnTop() : ''))
  if (process.env.TARO_ENV !== 'h5' || route === routeUrl('home')) return null
  return (
    <View className='row tap page-back' role='button' tabIndex={0} onClick={goBack}>
      <Text>‹ 返回</Text>
    </View>
  )
}
