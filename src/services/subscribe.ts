/**
 * WeChat subscription messages (订阅消息) for status changes. WeChat only shows the request
 * inside a tap, and a refusal — or any failure — must never block the booking.
 */
import Taro from '@tarojs/taro'

export const askForStatusMessages = async (): Promise<void> => {
  if (process.env.TARO_ENV !== 'weapp' || !STATUS_TEMPLATE_ID) return
  try {
    await Taro.requestSubscribeMessage({ tmplIds: [STATUS_TEMPLATE_ID], entityIds: [] })
  } catch {
    // Refused or unavailable: the badge on 我的咨询 still shows every change.
  }
}
