/** The loading, error and empty states every screen shows the same way. */
import type { ReactNode } from 'react'
import { Button, Text, View } from '@tarojs/components'
import type { LoadState } from '@/hooks/use-loader'
import { formatShanghaiTime } from '@/core/domain/time'

interface Props<T> {
  state: LoadState<T>
  onRetry: () => void
  /** Shown instead of the content when the loaded data is empty. */
  isEmpty?: (data: T) => boolean
  emptyText?: string
  children: (data: T) => ReactNode
}

export default function LoadStateView<T>({ state, onRetry, isEmpty, emptyText = '这里还没有内容', children }: Props<T>) {
  if (state.status === 'loading') {
    return (
      <View className='state state-loading' aria-busy='true'>
        <Text>正在加载…</Text>
      </View>
    )
  }
  if (state.status === 'failed') {
    return (
      <View className='state state-error card' role='alert'>
        <Text>{state.error.message}</Text>
        <Button className='button' onClick={onRetry}>
          再试一次
        </Button>
      </View>
    )
  }
  if (isEmpty?.(state.data)) {
    return (
      <View className='state state-empty card'>
        <Text>{emptyText}</Text>
      </View>
    )
  }
  return (
    <>
      {state.fromCache && (
        <View className='offline-note text-small' role='status'>
          <Text>没有网络，显示的是 {formatShanghaiTime(state.savedAt)} 保存的内容</Text>
        </View>
      )}
      {children(state.data)}
    </>
  )
}
