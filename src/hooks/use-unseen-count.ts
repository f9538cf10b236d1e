/**
 * How many of the citizen's consultations changed since they last looked: the badge on
 * 我的咨询. Refreshed each time the page shows; silent when signed out or offline.
 */
import { useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { loadUnseenCount } from '@/services/home-feed'
import { currentSession } from '@/services/session'

export const useUnseenCount = (): number => {
  const [count, setCount] = useState(0)
  useDidShow(() => {
    if (process.env.TARO_ENV === 'h5' && !currentSession()) return setCount(0)
    void loadUnseenCount().then(setCount)
  })
  return count
}
