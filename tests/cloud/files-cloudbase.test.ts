/**
 * Materials on cloud storage: the FileStore the WeChat functions use, with the real
 * wx-server-sdk (and @cloudbase/node-sdk beneath it) talking to the fake's storage, which
 * stands in for WeChat's servers (CloudBase storage / COS) below the SDK's request layer.
 */
import { cloudStorageFiles } from '../../cloudfunctions/files/cloud-storage'
import type { FileStore } from '../../cloudfunctions/files/port'
import { openFakeCloud, type FakeCloud } from '../helpers/cloudbase-fake'
import { jpegBytes, pdfBytes } from '../helpers/material-files'

describe('cloud storage files (real wx-server-sdk; fake storage stands in for WeChat’s servers)', () => {
  let fake: FakeCloud
  let files: FileStore
  let clock: number
  /** What the phone's wx.cloud.uploadFile does, done here with the server SDK: the file lands in storage under a fileID. */
  const uploaded = async (cloudPath: string, bytes: Buffer): Promise<string> => (await fake.sdk.uploadFile({ cloudPath, fileContent: bytes })).fileID

  beforeEach(() => {
    fake = openFakeCloud()
    clock = Date.parse('2026-12-01T02:00:00Z')
    files = cloudStorageFiles(fake.sdk, () => clock)
  })
  afterEach(() => fake.close())

  it('reads back an uploaded file by its fileID', async () => {
    const fileID = await uploaded('materials/abc.jpg', jpegBytes())
    expect(fileID).toMatch(/^cloud:\/\/fake-cloud-\d+\.[^/]+\/materials\/abc\.jpg$/)
    expect(await files.read(fileID)).toEqual({ bytes: jpegBytes() })
  })

  it('answers null for a file that is not there, and for a key that is no fileID', async () => {
    const fileID = await uploaded('materials/abc.jpg', jpegBytes())
    expect(await files.read(fileID.replace('abc', 'missing'))).toBeNull()
    expect(await files.read('local-00000000-0000-0000-0000-000000000000')).toBeNull()
  })

  it('hands out a link that opens the file and lives as long as asked, at most 10 minutes', async () => {
    const fileID = await uploaded('materials/pay.pdf', pdfBytes())
    const link = await files.link(fileID, 600)
    expect(link.expiresAt).toBe('2026-12-01T02:10:00.000Z')
    const opened = await fetch(link.url)
    expect(opened.status).toBe(200)
    expect(Buffer.from(await opened.arrayBuffer())).toEqual(pdfBytes())
    expect(fake.storage.log.at(-1)).toEqual({ action: 'storage.batchGetDownloadUrl', fileIDs: [fileID] })
    // Asking for longer gets 600 s: past that, the storage refuses the link.
    const capped = await files.link(fileID, 3600)
    fake.storage.advance(601_000)
    expect((await fetch(capped.url)).status).toBe(403)
  })

  it('refuses a link to a missing file instead of handing out one that does not open', async () => {
    const fileID = await uploaded('materials/abc.jpg', jpegBytes())
    await expect(files.link(fileID.replace('abc', 'missing'), 600)).rejects.toThrow(/getTempFileURL failed/)
  })

  it('deletes a file, and deleting it again is not an error', async () => {
    const fileID = await uploaded('materials/abc.jpg', jpegBytes())
    await files.remove(fileID)
    expect(fake.storage.dump()).toEqual({})
    expect(await files.read(fileID)).toBeNull()
    await expect(files.remove(fileID)).resolves.toBeUndefined()
    expect(fake.storage.log.filter((r) => r.action === 'storage.batchDeleteFile')).toHaveLength(2)
  })
})
