/**
 * What a citizen reads about a file: its size, and why it is refused — the same on the phone (checked before upload),
 * at the local cloud's upload and in the use cases that check files by content.
 */
import { MAX_MATERIAL_BYTES } from './application'

export const MATERIAL_TOO_BIG = `文件太大了：每个文件不能超过 ${MAX_MATERIAL_BYTES / 1024 / 1024} MB`
export const MATERIAL_WRONG_TYPE = '只能上传照片（JPG、PNG）或 PDF 文件'

/** Sizes as people read them: 350 KB, 2.4 MB. */
export const sizeInWords = (bytes: number): string =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`
