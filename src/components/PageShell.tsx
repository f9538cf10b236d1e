/**
 * The root of every page: applies elderly mode and the system font scale, so each page only
 * lays out its own content.
 */
import type { PropsWithChildren } from 'react'
import { View } from '@tarojs/components'
import { useDisplay } from '@/hooks/use-display'

export default function PageShell({ children }: PropsWithChildren) {
  const { elderly, fontScale } = useDisplay()
  return (
    <View className={elderly ? 'page elderly' : 'page'} style={{ '--font-scale': String(fontScale) } as Record<string, string>}>
      {children}
    </View>
  )
}
