/**
 * What waits on the phone to be sent (待发送), and what the cloud refused when it was sent
 * later, with the cloud's words and what the citizen can do about it.
 */
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { channelLabel } from '@/core/contracts/consult'
import { matterLabel } from '@/core/domain/matters'
import { formatShanghaiTime } from '@/core/domain/time'
import { discardOutboxItem, retryOutboxItem, type OutboxItem } from '@/services/outbox'
import { discardDraft } from '../draft-storage'
import { routeUrl } from '@/routes'

const what = (item: OutboxItem): string =>
  item.kind === 'booking' ? `预约：${matterLabel(item.payload.matter)} · ${channelLabel(item.payload.channel)}` : `留言：${item.payload.text}`

/** Change a refused booking: its form is still kept on the phone, so the book page opens with it. */
const change = (item: OutboxItem) => {
  discardOutboxItem(item.requestId)
  void Taro.navigateTo({ url: routeUrl('book') })
}

const throwAway = (item: OutboxItem) => {
  discardOutboxItem(item.requestId)
  if (item.kind === 'booking') discardDraft()
}

export default function OutboxList({ items }: { items: OutboxItem[] }) {
  if (items.length === 0) return null
  return (
    <View className='stack outbox' role='status'>
      {items.map((item) => (
        <View key={item.requestId} className='card stack outbox-item'>
          <Text className='text-title'>{item.problem ? '没能发出' : '待发送'}</Text>
          <Text>{what(item)}</Text>
          <Text className='text-small'>{formatShanghaiTime(item.keptAt)} 存在手机上</Text>
          {item.problem ? (
            <>
              <Text className='form-error'>{item.problem}</Text>
              {item.kind === 'booking' ? (
                <Button className='button primary' onClick={() => change(item)}>
                  改一改再发
                </Button>
              ) : (
                <Button className='button primary' onClick={() => void retryOutboxItem(item.requestId)}>
                  再发一次
                </Button>
              )}
              <Button className='button' onClick={() => throwAway(item)}>
                不发了
              </Button>
            </>
          ) : (
            <Text>有网络时会自动发出，不会重复。</Text>
          )}
        </View>
      ))}
    </View>
  )
}
