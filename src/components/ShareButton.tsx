/**
 * Share this page: WeChat's own share sheet on weapp (the page sets useShareAppMessage); in the
 * browser, copy the link. `to` names who it is for, e.g. 家人 or 老乡.
 */
import Taro from '@tarojs/taro'
import { Button } from '@tarojs/components'

export default function ShareButton({ to, primary = false }: { to: string; primary?: boolean }) {
  const className = primary ? 'button primary' : 'button'
  if (process.env.TARO_ENV === 'weapp') {
    return (
      <Button className={className} openType='share'>
        分享给{to}
      </Button>
    )
  }
  const copyLink = () =>
    void Taro.setClipboardData({ data: window.location.href }).then(() => Taro.showToast({ title: `链接已复制，可以发给${to}`, icon: 'none' }))
  return (
    <Button className={className} onClick={copyLink}>
      复制链接分享
    </Button>
  )
}
