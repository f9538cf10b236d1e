/**
 * Runs the weapp build that `npm test` made (dist/weapp) in miniprogram-simulate: WeChat's
 * own WXML compiler (shipped in its dependencies) turns base.wxml's templates into render
 * functions and j-component draws Taro's `setData({ root })` into jsdom. app.js boots Taro as
 * WeChat would; each page's Page() is mapped onto Component() (the simulator only knows
 * components) and driven in WeChat's order: onLoad → onShow → onReady. WeChat's real runtime
 * is not involved: `wx` is the recording stand-in of wx-stand-in.ts.
 */
import fs from 'node:fs'
import path from 'node:path'
import { createWxStandIn, type CallFunction, type WxAnswers } from './wx-stand-in'
import type { CloudStorageStandIn } from './cloud-storage'

export const WEAPP_DIST = path.resolve(__dirname, '../../../dist/weapp')

/**
 * The most one setData may send, in bytes of its JSON. WeChat's Page reference
 * (developers.weixin.qq.com/miniprogram/dev/reference/api/Page.html, setData: 单次设置的数据不能
 * 超过1024kB — as quoted from that page by blog.csdn.net/aspire_cj/article/details/107434166,
 * found with the search tool) caps one call at 1024 kB; an answer in WeChat's developer
 * community (developers.weixin.qq.com/community/develop/doc/000a6e96988810cd686fe17515c800:
 * 参考setData的建议,不要超过256KB) and its experience audit (体验评分) hold a call to 256 KB.
 * Every page is held to the stricter 256 KB.
 */
export const SET_DATA_LIMIT_BYTES = 256 * 1024

/* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/no-explicit-any -- the simulator and the build are untyped CommonJS */
interface SimulatedComponent {
  dom: HTMLElement
  instance: Record<string, any>
  attach(parent: Element): void
  detach(): void
}
interface Simulate {
  load(componentPath: string, options: { rootPath: string }): string
  render(id: string): SimulatedComponent
}

type PageOptions = Record<string, unknown> & { data?: Record<string, unknown> }
type Definition = { kind: 'page' | 'component'; options: PageOptions }

export interface OpenedPage {
  route: string
  query: Record<string, string>
  /** Bytes of JSON of every setData this page (and the components in it) made, in order. */
  setDataBytes: number[]
  /** The text WeChat would draw: the rendered nodes' text, not the page's data. */
  text(): string
  /** The rendered text of each element with this class (the simulator prefixes classes with main--). */
  textsOf(className: string): string[]
  /** Waits until the check holds (say what was waited for). */
  waitUntil(check: () => boolean, what: string): Promise<void>
  /** Waits until the rendered page shows every text given. */
  waitForText(...texts: string[]): Promise<void>
  /** Taps the innermost element that shows the text (the tap bubbles as WeChat's does). */
  tap(text: string, occurrence?: number): Promise<void>
  /** Types into the input or textarea shown next to the label. */
  type(label: string, value: string): Promise<void>
  /** Fires `change` on the switch or picker shown next to the label. */
  change(label: string, detail: Record<string, unknown>): Promise<void>
  /** What the page gives WeChat to share (onShareAppMessage, as after a tap on a share button). */
  share(): Record<string, unknown>
  /** Runs the page's onReachBottom, as WeChat does when the list is scrolled to its end. */
  reachBottom(): Promise<void>
  largestSetData(): number
  nodeCount(): number
  html(): string
}

const bytesOf = (data: unknown) => Buffer.byteLength(JSON.stringify(data) ?? '', 'utf8')
// Taro hands an event to React and React's handler runs after a macrotask or two.
const SETTLE_MS = 20
const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
/** How long a page may take to show what a test waits for, on a busy machine. */
const WAIT_MS = 4000

/** Fires a WeChat event on the node the simulator drew for the element (taps bubble; changes do not). */
const fireOn =
  (exparser: any) =>
  (element: Element, type: string, detail: Record<string, unknown>, bubbles = false) => {
    const node = (element as Element & { __wxElement?: unknown }).__wxElement
    if (!node) throw new Error(`the simulator drew no node for <${element.tagName.toLowerCase()}>`)
    exparser.Event.dispatchEvent(node, exparser.Event.create(type, detail, { bubbles, composed: true, extraFields: { touches: [], changedTouches: [] } }))
  }

const parseUrl = (url: string) => {
  const [route, search = ''] = url.replace(/^\//, '').split('?')
  return { route, query: Object.fromEntries(new URLSearchParams(search)) }
}

/**
 * The element a person would tap for the text: of the innermost elements showing it, those
 * whose whole text it is (a button 跳过, not a title that mentions 跳过), in document order.
 */
const innermostWithText = (root: Element, text: string, occurrence: number): Element | null => {
  const matches: Element[] = []
  const walk = (element: Element) => {
    const children = [...element.children].filter((c) => c.textContent?.includes(text))
    if (children.length === 0) matches.push(element)
    else children.forEach(walk)
  }
  if (root.textContent?.includes(text)) walk(root)
  const exact = matches.filter((m) => m.textContent?.trim() === text)
  return (exact.length > 0 ? exact : matches)[occurrence] ?? null
}

export const bootMiniProgram = (callFunction: CallFunction, answers: Partial<WxAnswers> = {}, cloudStorage?: CloudStorageStandIn) => {
  if (!fs.existsSync(path.join(WEAPP_DIST, 'app.js'))) throw new Error('dist/weapp is missing: run `npm run build:weapp` first (npm test builds it)')
  const g = globalThis as any
  const simulate = require('miniprogram-simulate') as Simulate
  const simulatorFiles = require('miniprogram-simulate/src/utils') as { runJs(file: string): void }
  const fire = fireOn(require('miniprogram-exparser'))
  const standIn = createWxStandIn(callFunction, cloudStorage)
  Object.assign(standIn.answers, answers)
  g.wx = standIn.wx

  let activeLog: number[] = []
  const measured = (options: PageOptions): PageOptions => {
    const lifetimes = (options.lifetimes ?? {}) as Record<string, (...args: unknown[]) => void>
    const created = lifetimes.created ?? (options.created as typeof lifetimes.created | undefined)
    return {
      ...options,
      lifetimes: {
        ...lifetimes,
        created(this: any, ...args: unknown[]) {
          const log = activeLog
          const setData = this.setData.bind(this)
          this.setData = (data: unknown, callback?: () => void) => {
            log.push(bytesOf(data))
            return setData(data, callback)
          }
          created?.apply(this, args)
        }
      }
    }
  }
  const pageAsComponent = (options: PageOptions): PageOptions => {
    const methods = Object.fromEntries(Object.entries(options).filter(([, value]) => typeof value === 'function'))
    return { data: options.data ?? {}, methods }
  }

  // The simulator runs each page's and component's file to get its definition; jest runs a
  // module once, so a page opened again replays the definition its first run gave.
  const simulatorComponent = g.Component as (options: PageOptions) => void
  const definitions = new Map<string, Definition>()
  let lastDefinition: Definition | null = null
  const define = (definition: Definition) => {
    lastDefinition = definition
    simulatorComponent(measured(definition.kind === 'page' ? pageAsComponent(definition.options) : definition.options))
  }
  g.Component = (options: PageOptions) => define({ kind: 'component', options })
  g.Page = (options: PageOptions) => define({ kind: 'page', options })
  simulatorFiles.runJs = (file: string) => {
    const known = definitions.get(file)
    if (known) return define(known)
    lastDefinition = null
    require(file)
    if (!lastDefinition) throw new Error(`${file} defined no page or component`)
    definitions.set(file, lastDefinition)
  }

  type AppOptions = Record<string, (options: object) => void>
  let app: AppOptions | null = null
  g.App = (options: AppOptions) => {
    app = options
  }
  g.getApp = () => app
  const stack: Array<{ page: OpenedPage; component: SimulatedComponent }> = []
  g.getCurrentPages = () => stack.map((entry) => entry.component.instance)

  require(path.join(WEAPP_DIST, 'app.js'))
  const launched = app as AppOptions | null
  if (!launched) throw new Error('dist/weapp/app.js did not call App()')
  const launch = { path: 'pages/home/index', query: {}, scene: 1001 }
  launched.onLaunch(launch)
  launched.onShow(launch)

  const open = async (url: string): Promise<OpenedPage> => {
    const { route, query } = parseUrl(url)
    if (!fs.existsSync(path.join(WEAPP_DIST, `${route}.json`))) throw new Error(`no page ${route} in dist/weapp`)
    const setDataBytes: number[] = []
    activeLog = setDataBytes
    const component = simulate.render(simulate.load(path.join(WEAPP_DIST, route), { rootPath: WEAPP_DIST }))
    component.attach(document.createElement('parent-wrapper'))
    const instance = component.instance
    Object.assign(instance, { route, __route__: route, options: query })

    const waitFor = async (check: () => boolean, what: () => string) => {
      for (let waited = 0; waited < WAIT_MS; waited += SETTLE_MS) {
        if (check()) return
        await settle()
      }
      throw new Error(`${route}: ${what()}\n--- rendered text ---\n${component.dom.textContent}`)
    }
    // Taro's weapp templates draw no aria-label (nor a placeholder one could read back), so a
    // control is found as a person finds it: by the label text shown next to it.
    const controlNextTo = async (label: string, tags: string[]) => {
      await page.waitForText(label)
      let scope = innermostWithText(component.dom, label, 0)
      for (let up = 0; scope && up < 4; up += 1, scope = scope.parentElement) {
        const control = scope.querySelector(tags.join(', '))
        if (control) return control
      }
      throw new Error(`${route}: no ${tags.join('/')} next to ${label}`)
    }
    const page: OpenedPage = {
      route,
      query,
      setDataBytes,
      text: () => component.dom.textContent ?? '',
      textsOf: (className) => [...component.dom.querySelectorAll(`.main--${className}`)].map((e) => e.textContent ?? ''),
      waitUntil: (check, what) => waitFor(check, () => `never ${what}`),
      waitForText: (...texts) =>
        waitFor(
          () => texts.every((t) => page.text().includes(t)),
          () => `never showed ${texts.filter((t) => !page.text().includes(t)).join(', ')}`
        ),
      async tap(text, occurrence = 0) {
        await page.waitForText(text)
        const element = innermostWithText(component.dom, text, occurrence)
        if (!element) throw new Error(`${route}: nothing to tap shows ${text}`)
        fire(element, 'tap', { x: 0, y: 0 }, true)
        await settle()
      },
      async type(label, value) {
        const element = await controlNextTo(label, ['wx-input', 'wx-textarea'])
        fire(element, 'input', { value, cursor: value.length })
        await settle()
      },
      async change(label, detail) {
        fire(await controlNextTo(label, ['wx-switch', 'wx-picker']), 'change', detail)
        await settle()
      },
      share: () => instance.onShareAppMessage({ from: 'button' }),
      async reachBottom() {
        instance.onReachBottom()
        await settle()
      },
      largestSetData: () => Math.max(0, ...setDataBytes),
      html: () => component.dom.outerHTML,
      nodeCount: () => component.dom.querySelectorAll('*').length
    }

    stack.at(-1)?.component.instance.onHide()
    stack.push({ page, component })
    instance.onLoad(query)
    instance.onShow()
    instance.onReady()
    await settle()
    return page
  }

  /** Closes the top page (onUnload) and shows the one below it again (onShow). */
  const back = async () => {
    const top = stack.pop()
    if (!top) return
    top.component.instance.onUnload()
    top.component.detach()
    stack.at(-1)?.component.instance.onShow()
    await settle()
  }
  const closeAll = async () => {
    while (stack.length > 0) await back()
  }
  /** Opens the page the app last asked WeChat to navigate to. */
  const follow = async () => {
    await settle()
    const navigation = [...standIn.calls].reverse().find((c) => ['navigateTo', 'redirectTo', 'reLaunch'].includes(c.api))
    if (!navigation) throw new Error('the app asked for no navigation')
    if (navigation.api === 'redirectTo') await back()
    if (navigation.api === 'reLaunch') await closeAll()
    return open(String(navigation.options.url))
  }

  /** Waits until the app has asked WeChat for `api` with (at least) these options; answers the call. */
  const waitForCall = async (api: string, expected: Record<string, unknown> = {}) => {
    const matches = (options: Record<string, unknown>) => Object.entries(expected).every(([key, value]) => options[key] === value)
    for (let waited = 0; waited < WAIT_MS; waited += SETTLE_MS) {
      const found = standIn.callsOf(api).find(matches)
      if (found) return found
      await settle()
    }
    throw new Error(`the app never called wx.${api} with ${JSON.stringify(expected)}; it called: ${standIn.calls.map((c) => c.api).join(', ')}`)
  }

  return { ...standIn, open, back, follow, closeAll, waitForCall }
}

export type MiniProgram = ReturnType<typeof bootMiniProgram>
