/**
 * The uploads of picked materials, kept outside any screen: a form step may close and reopen
 * while a file is still going up, and the reopened picker shows where each upload stands. The
 * files themselves stay here until sent, for a retry. An upload the app no longer knows of (it
 * was restarted mid-way) is shown as failed, so nothing waits forever.
 */
import type { MaterialKindId } from '@/core/domain/application'
import { uploadToCloud } from './cloud-transport'
import { randomId, type PhoneFile, type PickedMaterial } from './materials'

type UploadStatus = Pick<PickedMaterial, 'state' | 'progress' | 'upload' | 'error'>

const INTERRUPTED = '上传中断了，请删掉后重新选择'
const FILE_GONE = '找不到这个文件了，请删掉后重新选择'

const phoneFiles = new Map<string, PhoneFile>()
const statuses = new Map<string, UploadStatus>()
const listeners = new Set<() => void>()

const setStatus = (localId: string, status: UploadStatus): void => {
  statuses.set(localId, status)
  listeners.forEach((listener) => listener())
}

/** Called whenever an upload moves on; answers how to stop listening. */
export const onUploadChange = (listener: () => void): (() => void) => {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

const extensionOf = (name: string): string => {
  const ext = name.split('.').pop()?.toLowerCase() ?? ''
  return ['jpg', 'jpeg', 'png', 'webp', 'pdf'].includes(ext) ? ext : 'bin'
}

/** Uploads a picked file (first time or a retry); `onUploadChange` listeners hear each step. */
export const startUpload = async (localId: string): Promise<void> => {
  const file = phoneFiles.get(localId)
  if (!file) return setStatus(localId, { state: 'failed', progress: 0, error: FILE_GONE })
  setStatus(localId, { state: 'uploading', progress: 0 })
  const result = await uploadToCloud({ cloudPath: `materials/${randomId()}.${extensionOf(file.name)}`, path: file.path, file: file.file }, (progress) => {
    if (statuses.get(localId)?.state === 'uploading') setStatus(localId, { state: 'uploading', progress })
  })
  if (!statuses.has(localId)) return // removed meanwhile
  if (result.ok) phoneFiles.delete(localId)
  setStatus(localId, result.ok ? { state: 'done', progress: 100, upload: result.upload } : { state: 'failed', progress: 0, error: result.error })
}

/** Files accepted by `checkPicked`, as new rows of the form, each starting its upload. */
export const startPicked = (files: readonly PhoneFile[], kind: MaterialKindId): PickedMaterial[] =>
  files.map((file) => {
    const localId = randomId()
    phoneFiles.set(localId, file)
    statuses.set(localId, { state: 'uploading', progress: 0 })
    return { localId, name: file.name, bytes: file.bytes, kind, state: 'uploading', progress: 0 }
  })

/** Forgets a picked file (removed from the form): its late upload answer changes nothing. */
export const forgetPicked = (localId: string): void => {
  phoneFiles.delete(localId)
  statuses.delete(localId)
}

const same = (a: PickedMaterial, b: PickedMaterial): boolean => a.state === b.state && a.progress === b.progress && a.upload === b.upload && a.error === b.error

/** The list with each file's latest upload status; null when nothing changed. */
export const withUploadStatus = (value: readonly PickedMaterial[]): PickedMaterial[] | null => {
  const next = value.map((m): PickedMaterial => {
    const status = statuses.get(m.localId)
    if (status) return { ...m, ...status, upload: status.upload, error: status.error }
    return m.state === 'uploading' ? { ...m, state: 'failed', progress: 0, error: INTERRUPTED } : m
  })
  return next.some((m, i) => !same(m, value[i])) ? next : null
}
