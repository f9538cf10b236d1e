/**
 * Opens one of an application's files from its short-lived link (apply.materialLink). In the
 * browser the link opens in a new tab (the local cloud answers relative links: they are
 * prefixed with the address the app itself came from, where the local cloud serves). On WeChat
 * a photo opens in WeChat's image viewer; a PDF is downloaded and opened with openDocument.
 */
import Taro from '@tarojs/taro'
import type { MaterialLink } from '@/core/contracts/apply'

/** A relative link of the local cloud, made absolute against the page's own origin. */
const absoluteLink = (url: string, origin: string): string => (/^https?:\/\//.test(url) ? url : `${origin}${url.startsWith('/') ? '' : '/'}${url}`)

export const openMaterial = async (link: MaterialLink): Promise<void> => {
  if (process.env.TARO_ENV === 'h5') {
    window.open(absoluteLink(link.url, window.location.origin), '_blank', 'noopener')
    return
  }
  if (link.type.startsWith('image/')) {
    await Taro.previewImage({ urls: [link.url], current: link.url })
    return
  }
  const { tempFilePath } = await Taro.downloadFile({ url: link.url })
  await Taro.openDocument({ filePath: tempFilePath, fileType: 'pdf', showMenu: false })
}
