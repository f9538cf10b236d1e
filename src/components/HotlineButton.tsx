/** Tap to call a phone number (the 12348 hotline on the home page). */
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { Phone } from '@/core/county/schema'

export default function HotlineButton({ phone }: { phone: Phone }) {
  const call = () => {
    Taro.makePhoneCall({ phoneNumber: phone.number }).catch(() => {
      // The citizen closed the dialer: nothing to do.
    })
  }
  return (
    <View className='stack hotline'>
      <Button className='button primary' onClick={call} aria-label={`拨打${phone.label} ${phone.number}`}>
        📞 拨打 {phone.number}
      </Button>
      <Text className='text-small'>
        {phone.label}
        {phone.verified ? ' · 官方核实' : ''}
      </Text>
    </View>
  )
}
