/**
 * What wx.cloud.uploadFile reaches in these tests, and what the cloud functions read materials
 * from: a stand-in for WeChat's cloud storage (WeChat's servers are the edge we cannot reach),
 * in memory, with fileIDs shaped like WeChat's (`cloud://<env>.<bucket>/<cloudPath>`). Like the
 * real storage it does not know who uploaded a file. The production FileStore over it
 * (cloudfunctions/files/cloud-storage.ts) is proven against the CloudBase fake instead.
 */
import type { FileStore } from '../../../cloudfunctions/files/port'

const PREFIX = 'cloud://weapp-test.stand-in-bucket/'

export interface CloudStorageStandIn extends FileStore {
  /** Keeps the bytes under `cloudPath` and answers the fileID, as wx.cloud.uploadFile does. */
  upload(cloudPath: string, bytes: Buffer): string
  /** Files kept, by fileID. */
  files: Map<string, Buffer>
}

export const cloudStorageStandIn = (now: () => number = Date.now): CloudStorageStandIn => {
  const files = new Map<string, Buffer>()
  return {
    files,
    upload(cloudPath, bytes) {
      const fileID = `${PREFIX}${cloudPath}`
      files.set(fileID, Buffer.from(bytes))
      return fileID
    },
    async read(key) {
      const bytes = files.get(key)
      return bytes ? { bytes: Buffer.from(bytes) } : null
    },
    async link(key, seconds) {
      if (!files.has(key)) throw new Error('getTempFileURL failed for a file: -503003')
      const expires = now() + Math.min(seconds, 600) * 1000
      return {
        url: `https://weapp-test.stand-in-bucket.tcb.qcloud.la/${key.slice(PREFIX.length)}?t=${Math.floor(expires / 1000)}`,
        expiresAt: new Date(expires).toISOString()
      }
    },
    async remove(key) {
      files.delete(key)
    }
  }
}
