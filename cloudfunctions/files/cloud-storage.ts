/**
 * Materials on WeChat cloud storage. The phone uploads with wx.cloud.uploadFile and sends the
 * fileID; the function reads the file back to check it (downloadFile), hands out temporary
 * links (getTempFileURL, whose maxAge caps the link's life) and deletes refused or expired
 * files. Cloud storage's client rules should deny reads to everyone (see README, deploy): only
 * these functions open the files.
 */
import type cloud from 'wx-server-sdk'
import type { FileStore } from './port'

/** WeChat answers a missing file with a non-zero status in the list, or an error on download. */
const isMissing = (error: unknown): boolean =>
  /not exist|STORAGE_FILE_NONEXIST|-503003|404/i.test(String((error as { errMsg?: string; message?: string })?.errMsg ?? (error as Error)?.message ?? error))

export const cloudStorageFiles = (sdk: typeof cloud, now: () => number = Date.now): FileStore => ({
  async read(key) {
    if (!key.startsWith('cloud://')) return null
    try {
      const { fileContent } = await sdk.downloadFile({ fileID: key })
      return { bytes: fileContent }
    } catch (error) {
      if (isMissing(error)) return null
      throw error
    }
  },
  async link(key, seconds) {
    const maxAge = Math.min(seconds, 600)
    const answer = await sdk.getTempFileURL({ fileList: [{ fileID: key, maxAge }] })
    const item = answer?.fileList[0]
    if (!item || item.status !== 0) throw new Error(`getTempFileURL failed: ${item?.errMsg ?? 'no answer'}`)
    return { url: item.tempFileURL, expiresAt: new Date(now() + maxAge * 1000).toISOString() }
  },
  async remove(key) {
    await sdk.deleteFile({ fileList: [key] })
  }
})
