/**
 * Materials on WeChat cloud storage. The phone uploads with wx.cloud.uploadFile and sends the
 * fileID; the function reads the file back to check it (downloadFile), hands out temporary
 * links (getTempFileURL, whose maxAge caps the link's life) and deletes refused or expired
 * files. Cloud storage's client rules should deny reads to everyone (see README, deploy): only
 * these functions open the files.
 *
 * A missing file, as the SDK really reports it (read in @cloudbase/node-sdk dist/storage and
 * wx-server-sdk's tcb provider): the server answers the file's entry with the code
 * STORAGE_FILE_NONEXIST. downloadFile throws it as node-sdk's TcbError, which wx-server-sdk
 * passes on with `code` kept (its errCode becomes -1, so that is no sign); getTempFileURL and
 * deleteFile answer the entry with status -503003 (wx-server-sdk's number for that code).
 */
import type cloud from 'wx-server-sdk'
import type { FileStore } from './port'

const MISSING_CODE = 'STORAGE_FILE_NONEXIST'
const MISSING_STATUS = -503003

const isMissing = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === MISSING_CODE

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
    if (!item || item.status !== 0) throw new Error(`getTempFileURL failed for a file: ${item?.status ?? 'no answer'} ${item?.errMsg ?? ''}`)
    return { url: item.tempFileURL, expiresAt: new Date(now() + maxAge * 1000).toISOString() }
  },
  async remove(key) {
    const answer = await sdk.deleteFile({ fileList: [key] })
    const item = answer?.fileList[0]
    // Deleting what is already gone is done: retention may run twice over the same file.
    if (!item || (item.status !== 0 && item.status !== MISSING_STATUS))
      throw new Error(`deleteFile failed for a file: ${item?.status ?? 'no answer'} ${item?.errMsg ?? ''}`)
  }
})
