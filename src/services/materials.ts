/**
 * Materials' files on the phone: pick photos or PDFs and check them against the limits before
 * anything is sent (./material-uploads then uploads each with its progress). The upload answers a key
 * (weapp: the cloud storage fileID; local cloud: the gateway's `local-…` key) that the
 * application's payload carries with the file's kind; the cloud reads the file back and
 * checks its type by content, so the checks here only spare the citizen a wasted upload.
 * No zod here: the main package may import this file.
 */
import Taro from '@tarojs/taro'
import { MATERIAL_TYPES, MAX_MATERIAL_BYTES, MAX_MATERIALS, type MaterialKindId } from '@/core/domain/application'
import { MATERIAL_TOO_BIG, MATERIAL_WRONG_TYPE } from '@/core/domain/material-texts'
import { pickInBrowser } from './browser-file-input'

/** One file the citizen picked, as the form shows it. */
export interface PickedMaterial {
  localId: string
  name: string
  bytes: number
  kind: MaterialKindId
  state: 'uploading' | 'done' | 'failed'
  /** 0–100 while uploading. */
  progress: number
  /** The upload key, once done. */
  upload?: string
  /** Why it failed, in words for the citizen. */
  error?: string
}

/** A file on the phone, before upload: where it is (a temp path, or the browser's File) and its size. */
export interface PhoneFile {
  name: string
  bytes: number
  /** weapp: the temp file path WeChat gave. */
  path?: string
  /** h5: the file the browser gave. */
  file?: File
}

export type PickWhat = 'photo' | 'pdf'

/** Names for picked files and uploads: unique, and not worth guessing (cloud storage denies clients every read). */
export const randomId = (): string => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}${Math.random().toString(36).slice(2, 6)}`

/** How many more files may be added: the limit less those already on the application and those picked. */
export const roomLeft = (value: readonly PickedMaterial[], alreadyAttached = 0): number => Math.max(0, MAX_MATERIALS - alreadyAttached - value.length)

/** The payload's materials: only the files that finished uploading. */
export const uploadedMaterials = (value: readonly PickedMaterial[]): { upload: string; kind: MaterialKindId }[] =>
  value.flatMap((m) => (m.state === 'done' && m.upload ? [{ upload: m.upload, kind: m.kind }] : []))

export interface CheckedFiles {
  accepted: PhoneFile[]
  /** Each refusal in words (which file and why); empty when all were accepted. */
  refusals: string[]
}

/** Keeps the files that fit: each ≤ 10 MB, of an accepted type (the browser says it; WeChat's pickers only offer those), and no more than `room`. */
export const checkPicked = (files: readonly PhoneFile[], room: number): CheckedFiles => {
  const accepted: PhoneFile[] = []
  const refusals: string[] = []
  let overflow = 0
  for (const file of files) {
    if (file.file && !(MATERIAL_TYPES as readonly string[]).includes(file.file.type)) refusals.push(`“${file.name}”没有加上：${MATERIAL_WRONG_TYPE}`)
    else if (file.bytes > MAX_MATERIAL_BYTES) refusals.push(`“${file.name}”没有加上：${MATERIAL_TOO_BIG}`)
    else if (accepted.length >= room) overflow += 1
    else accepted.push(file)
  }
  if (overflow > 0) refusals.push(`最多 ${MAX_MATERIALS} 个文件，还有 ${overflow} 个没有加上`)
  return { accepted, refusals }
}

const basename = (path: string): string => path.split(/[\\/]/).pop() || path

const isCancel = (error: unknown): boolean => /cancel/i.test(String((error as { errMsg?: string })?.errMsg ?? ''))

/** Opens the phone's picker. Cancelling answers no files (not an error). */
export const pickFiles = async (what: PickWhat, room: number): Promise<PhoneFile[]> => {
  if (room <= 0) return []
  if (process.env.TARO_ENV !== 'weapp') {
    const accept = what === 'photo' ? 'image/jpeg,image/png,image/webp' : 'application/pdf'
    return (await pickInBrowser(accept)).map((file) => ({ name: file.name, bytes: file.size, file }))
  }
  try {
    if (what === 'photo') {
      // WeChat lets one pick at most 9 at a time; more than `room` is checked afterwards anyway.
      const { tempFiles } = await Taro.chooseMedia({ count: Math.min(room, 9), mediaType: ['image'], sourceType: ['album', 'camera'] })
      return tempFiles.map((f) => ({ name: basename(f.tempFilePath), bytes: f.size, path: f.tempFilePath }))
    }
    const { tempFiles } = await Taro.chooseMessageFile({ count: room, type: 'file', extension: ['pdf'] })
    return tempFiles.map((f) => ({ name: f.name, bytes: f.size, path: f.path }))
  } catch (error) {
    if (isCancel(error)) return []
    throw error
  }
}
