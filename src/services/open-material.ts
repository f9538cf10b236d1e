/**
 * Opens an application's file from the short-lived link the cloud answered (materialLink /
 * staffMaterialLink). On WeChat a photo opens in the image viewer and a PDF is downloaded to a
 * temporary file and opened as a document; in the browser the link opens in a new tab. The
 * local cloud answers a relative link (/files/<key>?exp=&sig=): it is served by the same
 * gateway as the pages and the API, so it is read against the page's own address.
 */
import Taro from '@tarojs/taro'
import type { MaterialLink } from '@/core/contracts/apply'

/** The link as a full address (the local cloud's links are relative to the gateway). */
export const absoluteMaterialUrl = (url: string, base: string): string => (url.startsWith('/') ? `${base.replace(/\/$/, '')}${url}` : url)

export const openMaterial = async (link: MaterialLink): Promise<void> => {
  if (process.env.TARO_ENV === 'h5') {
    window.open(absoluteMaterialUrl(link.url, window.location.origin), '_blank', 'noopener')
    return
  }
  if (link.type.startsWith('image/')) {
    await Taro.previewImage({ urls: [link.url], current: link.url })
    return
  }
  const { tempFilePath } = await Taro.downloadFile({ url: link.url })
  await Taro.openDocument({ filePath: tempFilePath, fileType: 'pdf', showMenu: false })
}
