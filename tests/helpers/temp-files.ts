/** A real local file store (a directory under the system's temp folder) for tests that call cloud functions. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { localDirFiles, type LocalDirFiles } from '../../cloudfunctions/files/local-dir'

/** A fresh files directory, removed by `cleanup`. */
export const openTempFiles = (): LocalDirFiles & { cleanup(): void } => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'falv-files-'))
  return Object.assign(localDirFiles(dir, 'test-secret'), { cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) })
}

let shared: ReturnType<typeof openTempFiles> | null = null

/** One files directory for the whole test file, for callers that never look at files; removed when the process exits. */
export const sharedTempFiles = (): LocalDirFiles => {
  if (!shared) {
    const files = openTempFiles()
    process.once('exit', () => files.cleanup())
    shared = files
  }
  return shared
}
