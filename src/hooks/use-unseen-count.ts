/**
 * How many of the citizen's consultations and applications changed since they last looked: the
 * badges on 我的咨询 and 我的申请. Refreshed each time the page shows; silent when signed out or offline.
 */
import { useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { loadUnseenCounts, type UnseenCounts } from '@/services/home-feed'
import { currentSession } from '@/services/session'

const NONE: UnseenCounts = { consultations: 0, applications: 0 }

export const useUnseenCounts = (): UnseenCounts => {
  const [counts, setCounts] = useState(NONE)
  useDidShow(() => {
    if (process.env.TARO_ENV === 'h5' && !currentSession()) return setCounts(NONE)
    void loadUnseenCounts().then(setCounts)
  })
  return counts
}
