/**
 * The `wx` stand-in's file pickers and cloud upload, which the application pages' tests reach:
 * they answer what a test set, as WeChat's APIs answer (stand-ins for WeChat's client and its
 * cloud storage; WeChat's runtime and servers are not involved). No build needed.
 */
import { cloudStorageStandIn } from './harness/cloud-storage'
import { createWxStandIn } from './harness/wx-stand-in'
import { jpegBytes, pdfBytes, pngBytes } from '../helpers/material-files'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the stand-in is as loosely typed as wx itself
type Wx = any

const standIn = () => {
  const storage = cloudStorageStandIn(() => Date.parse('2026-12-01T02:00:00Z'))
  const s = createWxStandIn(async () => ({}), storage)
  return { ...s, wx: s.wx as Wx, storage }
}

describe('wx stand-in: picking and uploading files (WeChat’s client and cloud storage stood in)', () => {
  it('answers chooseMedia with the photos the test set, at most `count`, and a cancel as WeChat does', async () => {
    const { wx, answers, callsOf } = standIn()
    await expect(wx.chooseMedia({ count: 9, mediaType: ['image'] })).rejects.toEqual({ errMsg: 'chooseMedia:fail cancel' })
    answers.photos = [
      { name: 'a.jpg', bytes: jpegBytes() },
      { name: 'b.png', bytes: pngBytes() }
    ]
    const answer = await wx.chooseMedia({ count: 1, mediaType: ['image'], sourceType: ['album', 'camera'] })
    expect(answer).toEqual({
      errMsg: 'chooseMedia:ok',
      type: 'image',
      tempFiles: [{ tempFilePath: expect.stringMatching(/^wxfile:\/\/tmp_\d+\.jpg$/), size: jpegBytes().length, fileType: 'image', width: 16, height: 16 }]
    })
    expect(callsOf('chooseMedia')).toHaveLength(2)
  })

  it('offers in chooseMessageFile only the files with an allowed extension', async () => {
    const { wx, answers } = standIn()
    answers.chatFiles = [
      { name: '工资条.pdf', bytes: pdfBytes() },
      { name: '照片.jpg', bytes: jpegBytes() }
    ]
    const { tempFiles } = await wx.chooseMessageFile({ count: 10, type: 'file', extension: ['pdf'] })
    expect(tempFiles).toEqual([{ path: expect.stringMatching(/^wxfile:\/\//), size: pdfBytes().length, name: '工资条.pdf', type: 'file', time: 0 }])
  })

  it('uploads a picked file to cloud storage with progress (an UploadTask with callbacks), readable by the functions', async () => {
    const { wx, answers, storage } = standIn()
    answers.photos = [{ name: 'a.jpg', bytes: jpegBytes() }]
    const { tempFiles } = await wx.chooseMedia({ count: 1 })
    const progress: number[] = []
    const fileID = await new Promise<string>((resolve, reject) => {
      const task = wx.cloud.uploadFile({
        cloudPath: 'materials/x1.jpg',
        filePath: tempFiles[0].tempFilePath,
        success: (res: { fileID: string }) => resolve(res.fileID),
        fail: reject
      })
      task.onProgressUpdate((p: { progress: number }) => progress.push(p.progress))
    })
    expect(fileID).toBe('cloud://weapp-test.stand-in-bucket/materials/x1.jpg')
    expect(progress).toEqual([50, 100])
    expect(await storage.read(fileID)).toEqual({ bytes: jpegBytes() })
    expect((await storage.link(fileID, 3600)).expiresAt).toBe('2026-12-01T02:10:00.000Z')
    await storage.remove(fileID)
    expect(await storage.read(fileID)).toBeNull()
  })

  it('fails an upload of a path the phone does not have', async () => {
    const { wx } = standIn()
    await expect(wx.cloud.uploadFile({ cloudPath: 'materials/x.jpg', filePath: 'wxfile://nothing.jpg' })).rejects.toEqual({
      errMsg: 'cloud.uploadFile:fail file not found'
    })
  })
})
