/** Starts the real local cloud (HTTP server on a free loopback port) on a temporary SQLite store. */
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { county } from '@/core/county/current'
import { wordListCheck } from '../../cloudfunctions/content-check/word-list'
import { seedStore } from '../../cloudfunctions/seed'
import { createLocalCloud, type LocalCloudOptions } from '../../cloudfunctions/local/server'
import { openTempStore, type TempStore } from './temp-store'
import path from 'node:path'
import { localDirFiles, type LocalDirFiles } from '../../cloudfunctions/files/local-dir'

export interface RunningCloud {
  url: string
  temp: TempStore
  server: Server
  /** Materials' files (a directory beside the store, unless the test gave its own). */
  files: LocalDirFiles
  /** POST JSON to a path, answering status and parsed body. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read whatever shape they expect
  post(path: string, body: unknown, token?: string): Promise<{ status: number; body: any }>
  stop(): Promise<void>
}

export const startLocalCloud = async (
  options: Partial<Omit<LocalCloudOptions, 'store' | 'county' | 'contentCheck'>> = {},
  temp: TempStore = openTempStore(),
  /** 0: any free port. A fixed one only where a page must be served from a known origin (jsdom's URL). */
  port = 0
): Promise<RunningCloud> => {
  await seedStore(temp.store)
  const files = options.files ?? localDirFiles(path.join(temp.dir, 'files'), 'test-secret')
  const server = createLocalCloud({
    store: temp.store,
    county,
    contentCheck: wordListCheck(),
    sessionSecret: 'test-secret',
    ...options,
    files
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    temp,
    server,
    files,
    async post(path, body, token) {
      const response = await fetch(`${url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: typeof body === 'string' ? body : JSON.stringify(body)
      })
      return { status: response.status, body: await response.json() }
    },
    async stop() {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  }
}
