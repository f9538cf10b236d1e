import { useEffect, useState } from 'react'

/** The current time, refreshed every minute, so 营业中 turns into 已休息 while the page is open. */
export const useNow = (everyMs = 60_000): Date => {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs)
    return () => clearInterval(timer)
  }, [everyMs])
  return now
}
