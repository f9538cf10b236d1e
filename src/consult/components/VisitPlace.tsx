/**
 * Where to go for an in-person consultation: the place's name, address, phones and 导航. The
 * point comes from the copy kept on the phone when there is no network, so the ticket still
 * says where to go on the road.
 */
import { Button, Text, View } from '@tarojs/components'
import LoadStateView from '@/components/LoadStateView'
import { useLoader } from '@/hooks/use-loader'
import { callPhone, navigateToPoint } from '@/services/navigation'
import { loadPoint } from '@/services/points'

export default function VisitPlace({ pointId }: { pointId: string }) {
  const { state, reload } = useLoader(() => loadPoint(pointId), [pointId])
  return (
    <View className='card stack visit-place'>
      <Text className='text-title'>到哪里去</Text>
      <LoadStateView state={state} onRetry={reload}>
        {(point) => (
          <View className='stack'>
            <Text>{point.name}</Text>
            <Text>地址：{point.address}</Text>
            {point.sample && <Text className='text-small'>这条地址还在核实中，去之前请先打电话确认。</Text>}
            <Button className='button primary' onClick={() => navigateToPoint(point)}>
              🧭 导航过去
            </Button>
            {point.phones.map((phone) => (
              <Button key={phone.number} className='button' onClick={() => callPhone(phone)} aria-label={`拨打${phone.label} ${phone.number}`}>
                📞 {phone.label} {phone.number}
              </Button>
            ))}
          </View>
        )}
      </LoadStateView>
    </View>
  )
}
