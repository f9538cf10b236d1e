/**
 * The root of every page: applies elderly mode and the system font scale, so each page only
 * lays out its own content.
 */
import { useEffect, useRef, type PropsWithChildren } from 'react'
import { View } from '@tarojs/components'
import BackButton from '@/components/BackButton'
import { useDisplay } from '@/hooks/use-display'

export default function PageShell({ children }: PropsWithChildren) {
  const { elderly, fontScale } = useDisplay()
  const root = useRef<HTMLElement>(null)
  useEffect(() => {
    // In the browser build Taro scrolls each page inside its own box: that box must take
    // keyboard focus, or a page without a control cannot be scrolled from the keyboard.
    if (process.env.TARO_ENV === 'h5') root.current?.closest('.taro_page')?.setAttribute('tabindex', '0')
  }, [])
  useEffect(() => {
    // Taro's browser pickers open on <body>, outside the page: they read the mode from there.
    if (process.env.TARO_ENV === 'h5') document.body.classList.toggle('elderly-mode', elderly)
  }, [elderly])
  return (
    <View ref={root} className={elderly ? 'page elderly' : 'page'} style={{ '--font-scale': String(fontScale) } as Record<string, string>}>
      <BackButton />
      {children}
    </View>
  )
}
