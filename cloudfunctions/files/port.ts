/**
 * Where materials' files live: WeChat cloud storage in production (wx-server-sdk's
 * downloadFile / getTempFileURL / deleteFile), a files directory beside the SQLite database on
 * the local cloud. Use cases read a file to check it, ask for a short-lived link to show it,
 * and delete it when it is refused, removed or past retention.
 */
export interface StoredFile {
  bytes: Buffer
  /** Who uploaded it, when the store knows (the local gateway records the caller's OPENID). */
  uploaderOpenid?: string
}

export interface FileStore {
  /** The file under this upload key, or null when there is none. */
  read(key: string): Promise<StoredFile | null>
  /** A link anyone holding it can open until `expiresAt` (seconds from now, at most 600). */
  link(key: string, seconds: number): Promise<{ url: string; expiresAt: string }>
  /** Deletes it; a missing file is not an error (deleting twice is the same as once). */
  remove(key: string): Promise<void>
}
