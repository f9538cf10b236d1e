/**
 * A stand-in for WeChat's `wx` object. WeChat's real runtime is not involved: every call the
 * app makes is recorded (so a test can assert what the app asked WeChat to do), answers come
 * from what the test set (position, permission, font size), storage lives in a Map, and cloud
 * calls go to the real cloud functions (see cloud.ts). Files the person picks (chooseMedia,
 * chooseMessageFile) are what the test set, kept as temporary files; wx.cloud.uploadFile puts
 * them in the cloud storage stand-in (cloud-storage.ts) the functions read. An API that is not
 * stood in here throws, so a new wx call cannot pass unnoticed.
 */
import { cloudStorageStandIn, type CloudStorageStandIn } from './cloud-storage'

export interface WxCall {
  api: string
  options: Record<string, unknown>
}

export interface WxAnswers {
  /** What wx.getLocation answers: a GCJ-02 position, or a refusal. */
  location: { latitude: number; longitude: number } | 'denied'
  /** Whether the user already allowed location (wx.getSetting). */
  locationAllowed: boolean
  /** WeChat's font size setting in px (16 is standard). */
  fontSizeSetting: number
  /** What the person picks in wx.chooseMedia (album or camera), or closes the picker. */
  photos: FileOnPhone[] | 'cancel'
  /** What the person picks from a chat in wx.chooseMessageFile (only names with an allowed extension are offered), or closes it. */
  chatFiles: FileOnPhone[] | 'cancel'
}

export interface FileOnPhone {
  name: string
  bytes: Buffer
}

export type CallFunction = (name: string, data: unknown) => Promise<unknown>

type Options = Record<string, unknown> & {
  success?: (result: unknown) => void
  fail?: (error: unknown) => void
  complete?: (result: unknown) => void
}

/** WeChat keeps storage as serialised data: what is read back is a copy. */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

const WINDOW = { windowWidth: 375, windowHeight: 667, screenWidth: 375, screenHeight: 667, pixelRatio: 2, statusBarHeight: 20 }

export const createWxStandIn = (callFunction: CallFunction, cloudStorage: CloudStorageStandIn = cloudStorageStandIn()) => {
  const calls: WxCall[] = []
  const storage = new Map<string, unknown>()
  const answers: WxAnswers = { location: 'denied', locationAllowed: false, fontSizeSetting: 16, photos: 'cancel', chatFiles: 'cancel' }
  /** The phone's temporary files, by path (what the pickers answer and uploadFile reads). */
  const tempFiles = new Map<string, Buffer>()
  const keepTemp = (file: FileOnPhone): string => {
    const path = `wxfile://tmp_${tempFiles.size + 1}.${file.name.split('.').pop()}`
    tempFiles.set(path, file.bytes)
    return path
  }

  const record = (api: string, options: unknown) => calls.push({ api, options: (options ?? {}) as Record<string, unknown> })
  /** Settles a call as WeChat does: success/fail/complete callbacks, and the full answer (with errMsg) for a promise. */
  const settle = (api: string, options: Options, answer: (options: Options) => unknown | Promise<unknown>): Promise<unknown> =>
    Promise.resolve()
      .then(() => answer(options))
      .then(
        (result) => {
          const full = { errMsg: `${api}:ok`, ...(result as object) }
          options.success?.(full)
          options.complete?.(full)
          return full
        },
        (error: unknown) => {
          const full = { errMsg: `${api}:fail ${error instanceof Error ? error.message : String(error)}` }
          options.fail?.(full)
          options.complete?.(full)
          throw full
        }
      )
  const withCallbacks = (options: Options) => Boolean(options.success || options.fail || options.complete)
  /** An asynchronous wx API: success/fail callbacks and a promise, as WeChat's own. */
  const asyncApi =
    (api: string, answer: (options: Options) => unknown | Promise<unknown>) =>
    (options: Options = {}) => {
      record(api, options)
      const settled = settle(api, options, answer)
      // With callbacks WeChat returns nothing to await; without them, a promise.
      if (withCallbacks(options)) {
        settled.catch(() => undefined)
        return undefined
      }
      return settled
    }
  const syncApi =
    <A extends unknown[], R>(api: string, answer: (...args: A) => R) =>
    (...args: A): R => {
      record(api, args)
      return answer(...args)
    }
  const done = () => ({})

  const api: Record<string, unknown> = {
    // Read by Taro and the app at start: the device and WeChat's font size setting.
    getSystemInfoSync: () => ({ ...WINDOW, platform: 'devtools', fontSizeSetting: answers.fontSizeSetting, SDKVersion: '3.7.0' }),
    getWindowInfo: () => WINDOW,
    getAppBaseInfo: syncApi('getAppBaseInfo', () => ({ fontSizeSetting: answers.fontSizeSetting, SDKVersion: '3.7.0' })),
    getStorageSync: syncApi('getStorageSync', (key: string) => (storage.has(key) ? copy(storage.get(key)) : '')),
    setStorageSync: syncApi('setStorageSync', (key: string, value: unknown) => void storage.set(key, copy(value))),
    removeStorageSync: syncApi('removeStorageSync', (key: string) => void storage.delete(key)),
    navigateTo: asyncApi('navigateTo', done),
    redirectTo: asyncApi('redirectTo', done),
    reLaunch: asyncApi('reLaunch', done),
    switchTab: asyncApi('switchTab', done),
    navigateBack: asyncApi('navigateBack', done),
    showToast: asyncApi('showToast', done),
    hideToast: asyncApi('hideToast', done),
    showLoading: asyncApi('showLoading', done),
    hideLoading: asyncApi('hideLoading', done),
    // The test answers 确定 to every dialog; what was asked is in the record.
    showModal: asyncApi('showModal', () => ({ confirm: true, cancel: false })),
    setNavigationBarTitle: asyncApi('setNavigationBarTitle', done),
    pageScrollTo: asyncApi('pageScrollTo', done),
    stopPullDownRefresh: asyncApi('stopPullDownRefresh', done),
    showShareMenu: asyncApi('showShareMenu', done),
    setClipboardData: asyncApi('setClipboardData', done),
    makePhoneCall: asyncApi('makePhoneCall', done),
    openLocation: asyncApi('openLocation', done),
    getLocation: asyncApi('getLocation', () => {
      if (answers.location === 'denied') throw new Error('auth deny')
      return { ...answers.location, accuracy: 30 }
    }),
    getSetting: asyncApi('getSetting', () => ({ authSetting: { 'scope.userLocation': answers.locationAllowed } })),
    openSetting: asyncApi('openSetting', () => ({ authSetting: { 'scope.userLocation': answers.locationAllowed } })),
    requestSubscribeMessage: asyncApi('requestSubscribeMessage', done),
    // The outbox listens for the network coming back (recorded; the stand-in's network never drops).
    onNetworkStatusChange: syncApi('onNetworkStatusChange', (_listener: unknown) => undefined),
    chooseMedia: asyncApi('chooseMedia', (options) => {
      if (answers.photos === 'cancel') throw new Error('cancel')
      const picked = answers.photos.slice(0, Number(options.count ?? 9))
      return { type: 'image', tempFiles: picked.map((f) => ({ tempFilePath: keepTemp(f), size: f.bytes.length, fileType: 'image', width: 16, height: 16 })) }
    }),
    chooseMessageFile: asyncApi('chooseMessageFile', (options) => {
      if (answers.chatFiles === 'cancel') throw new Error('cancel')
      const extensions = (options.extension as string[] | undefined)?.map((e) => e.toLowerCase())
      const offered = answers.chatFiles.filter((f) => !extensions || extensions.includes(f.name.split('.').pop()?.toLowerCase() ?? ''))
      const picked = offered.slice(0, Number(options.count ?? 1))
      return { tempFiles: picked.map((f) => ({ path: keepTemp(f), size: f.bytes.length, name: f.name, type: 'file', time: 0 })) }
    }),
    cloud: {
      init: syncApi('cloud.init', (_options?: unknown) => undefined),
      callFunction: asyncApi('cloud.callFunction', async (options) => ({
        // WeChat sends the data as JSON: what cannot be serialised never reaches the function.
        result: await callFunction(String(options.name), copy(options.data ?? {}))
      })),
      // Answers an UploadTask when called with callbacks (its progress reported at half and at the end), else a promise.
      uploadFile: (options: Options = {}) => {
        record('cloud.uploadFile', options)
        const progress: Array<(update: { progress: number; totalBytesSent: number; totalBytesExpectedToSend: number }) => void> = []
        const settled = settle('cloud.uploadFile', options, async () => {
          const bytes = tempFiles.get(String(options.filePath))
          if (!bytes) throw new Error('file not found')
          const total = bytes.length
          progress.forEach((listen) => listen({ progress: 50, totalBytesSent: Math.floor(total / 2), totalBytesExpectedToSend: total }))
          const fileID = cloudStorage.upload(String(options.cloudPath), bytes)
          progress.forEach((listen) => listen({ progress: 100, totalBytesSent: total, totalBytesExpectedToSend: total }))
          return { fileID, statusCode: 200 }
        })
        if (!withCallbacks(options)) return settled
        settled.catch(() => undefined)
        return { onProgressUpdate: (listen: (typeof progress)[number]) => void progress.push(listen), abort: () => undefined }
      }
    }
  }

  const wx = new Proxy(api, {
    get(target, key) {
      if (typeof key !== 'string' || key in target) return target[key as string]
      // Written by webpack's chunk loader; probed by promise checks.
      if (key === 'webpackJsonp' || key === 'then') return undefined
      return () => {
        throw new Error(`wx.${key} is not stood in (tests/weapp/harness/wx-stand-in.ts)`)
      }
    }
  })

  return {
    wx,
    answers,
    storage,
    cloudStorage,
    calls,
    /** The recorded calls of one API, in order. */
    callsOf: (name: string) => calls.filter((c) => c.api === name).map((c) => c.options),
    clearCalls: () => void calls.splice(0, calls.length)
  }
}

export type WxStandIn = ReturnType<typeof createWxStandIn>
