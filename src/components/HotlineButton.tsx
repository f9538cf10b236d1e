/** Tap to call a phone number (the 12348 hotline on the home page). */
import Taro from '@tarojs/taro'
import { Button, Text } from '@tarojs/components'
import type { Phone } from '@/core/county/schema'

export default function HotlineButton({ phone }: { phone: Phone }) {
  const call = () => {
    Taro.makePhoneCall({ phoneNumber: phone.number }).catch(() => {
      // The citizen closed the dialer: nothing to do.
    })
  }
  return (
    <Button className='button primary hotline' onClick={call} aria-label={`拨打${phone.label} ${phone.number}`}>
      <Text>
        📞 {phone.label} {phone.number}
      </Text>
      {phone.verified && <Text className='verified'> 官方核实</Text>}
    </Button>
  )
}
