/** One tip: the text, the law it relies on, when it was updated, and share. */
import { useRouter, useShareAppMessage } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { categoryLabel } from '@/core/contracts/tips'
import { citationText } from '@/core/domain/citation-text'
import { county } from '@/core/county/current'
import { formatShanghaiDate } from '@/core/domain/time'
import LoadStateView from '@/components/LoadStateView'
import PageShell from '@/components/PageShell'
import ReadAloudButton from '@/components/ReadAloudButton'
import ShareButton from '@/components/ShareButton'
import { useLoader } from '@/hooks/use-loader'
import { loadTip } from '@/services/tips'
import { routeUrl } from '@/routes'
import './index.scss'

export default function TipDetailPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const { state, reload } = useLoader(() => loadTip(id), [id])

  useShareAppMessage(() => ({
    title: state.status === 'loaded' ? state.data.title : `${county.appTitle} · 普法小贴士`,
    path: routeUrl('tip', { id })
  }))

  return (
    <PageShell>
      <LoadStateView state={state} onRetry={reload}>
        {(tip) => (
          <View className='tip-detail'>
            <View className='card stack'>
              <Text className='text-small'>{categoryLabel(tip.category)}</Text>
              <Text className='text-hero tip-title'>{tip.title}</Text>
              <ReadAloudButton what='这条小贴士' text={`${tip.title}。${tip.body}。法律依据：${tip.citations.map(citationText).join('；')}。`} />
              {tip.body.split('\n').map((paragraph, index) => (
                <View key={index} className='tip-paragraph'>
                  <Text>{paragraph}</Text>
                </View>
              ))}
            </View>
            <View className='card stack tip-citations'>
              <Text className='text-title'>法律依据</Text>
              {tip.citations.map((citation) => (
                <View key={citationText(citation)} className='stack'>
                  <Text>{citationText(citation)}</Text>
                  {citation.excerpt && <Text className='text-small'>{citation.excerpt}</Text>}
                </View>
              ))}
            </View>
            <Text className='text-small'>内容更新于 {formatShanghaiDate(tip.updatedAt)}。具体问题请拨打 12348 咨询。</Text>
            <View className='tip-actions'>
              <ShareButton to='家人' primary />
            </View>
          </View>
        )}
      </LoadStateView>
    </PageShell>
  )
}
