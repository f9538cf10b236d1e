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
import { createWxStandIn, type CallFunction } from './wx-stand-in'

export const WEAPP_DIST = path.resolve(__dirname, '../../../dist/weapp')

/**
 * The most one setData may send, in bytes of its JSON. WeChat's Page reference
 * (developers.weixin.qq.com/miniprogram/dev/reference/api/Page.html, "Page.prototype.setData":
 * 单次设置的数据不能超过1024kB) caps one call at 1024 kB; its experience audit (体验评分,
 * developers.weixin.qq.com/miniprogram/dev/framework/audits/performance.html, "setData 数据大小")
 * marks a call over 256 KB as a fault. We hold every page to the audit's 256 KB.
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
  /** Waits until the rendered page shows every text given. */
  waitForText(...texts: string[]): Promise<void>
  /** Taps the innermost element that shows the text (the tap bubbles as WeChat's does). */
  tap(text: string, occurrence?: number): Promise<void>
  /** Types into the input whose placeholder (or aria-label) is given. */
  type(placeholder: string, value: string): Promise<void>
  /** Runs the page's onReachBottom, as WeChat does when the list is scrolled to its end. */
  reachBottom(): Promise<void>
  largestSetData(): number
  nodeCount(): number
}

const bytesOf = (data: unknown) => Buffer.byteLength(JSON.stringify(data) ?? '', 'utf8')
const settle = () => new Promise((resolve) => setTimeout(resolve, 5))

const parseUrl = (url: string) => {
  const [route, search = ''] = url.replace(/^\//, '').split('?')
  return { route, query: Object.fromEntries(new URLSearchParams(search)) }
}

/** The first element, in document order, that shows the text and has no child that does. */
const innermostWithText = (root: Element, text: string, occurrence: number): Element | null => {
  const matches: Element[] = []
  const walk = (element: Element) => {
    const children = [...element.children].filter((c) => c.textContent?.includes(text))
    if (children.length === 0) matches.push(element)
    else children.forEach(walk)
  }
  if (root.textContent?.includes(text)) walk(root)
  return matches[occurrence] ?? null
}

export const bootMiniProgram = (callFunction: CallFunction) => {
  if (!fs.existsSync(path.join(WEAPP_DIST, 'app.js'))) throw new Error('dist/weapp is missing: run `npm run build:weapp` first (npm test builds it)')
  const g = globalThis as any
  const simulate = require('miniprogram-simulate') as Simulate
  const simulatorFiles = require('miniprogram-simulate/src/utils') as { runJs(file: string): void }
  const exparser = require('miniprogram-exparser')
  const standIn = createWxStandIn(callFunction)
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

  let app: Record<string, (...args: unknown[]) => void> | null = null
  g.App = (options: typeof app) => {
    app = options
  }
  g.getApp = () => app
  const stack: Array<{ page: OpenedPage; component: SimulatedComponent }> = []
  g.getCurrentPages = () => stack.map((entry) => entry.component.instance)

  require(path.join(WEAPP_DIST, 'app.js'))
  if (!app) throw new Error('dist/weapp/app.js did not call App()')
  const launch = { path: 'pages/home/index', query: {}, scene: 1001 }
  ;(app as Record<string, (...args: unknown[]) => void>).onLaunch(launch)
  ;(app as Record<string, (...args: unknown[]) => void>).onShow(launch)

  const errors: unknown[] = []
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
      for (let waited = 0; waited < 4000; waited += 5) {
        if (check()) return
        await settle()
      }
      throw new Error(`${route}: ${what()}\n--- rendered text ---\n${component.dom.textContent}`)
    }
    const page: OpenedPage = {
      route,
      query,
      setDataBytes,
      text: () => component.dom.textContent ?? '',
      waitForText: (...texts) =>
        waitFor(
          () => texts.every((t) => page.text().includes(t)),
          () => `never showed ${texts.filter((t) => !page.text().includes(t)).join(', ')}`
        ),
      async tap(text, occurrence = 0) {
        await page.waitForText(text)
        const element = innermostWithText(component.dom, text, occurrence) as (Element & { __wxElement?: unknown }) | null
        if (!element?.__wxElement) throw new Error(`${route}: nothing to tap shows ${text}`)
        exparser.Event.dispatchEvent(
          element.__wxElement,
          exparser.Event.create('tap', { x: 0, y: 0 }, { bubbles: true, composed: true, extraFields: { touches: [], changedTouches: [] } })
        )
        await settle()
      },
      async type(placeholder, value) {
        const selector = `[placeholder="${placeholder}"], [aria-label="${placeholder}"]`
        await waitFor(() => component.dom.querySelector(selector) !== null, () => `no input for ${placeholder}`)
        const element = component.dom.querySelector(selector) as Element & { __wxElement?: unknown }
        exparser.Event.dispatchEvent(element.__wxElement, exparser.Event.create('input', { value, cursor: value.length }, { bubbles: false, composed: true, extraFields: {} }))
        await settle()
      },
      async reachBottom() {
        instance.onReachBottom()
        await settle()
      },
      largestSetData: () => Math.max(0, ...setDataBytes),
      nodeCount: () => component.dom.querySelectorAll('*').length
    }

    stack.at(-1)?.component.instance.onHide()
    stack.push({ page, component })
    try {
      instance.onLoad(query)
      instance.onShow()
      instance.onReady()
    } catch (error) {
      errors.push(error)
      throw error
    }
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
    const navigation = [...standIn.calls].reverse().find((c) => ['navigateTo', 'redirectTo', 'reLaunch'].includes(c.api))
    if (!navigation) throw new Error('the app asked for no navigation')
    if (navigation.api !== 'navigateTo') await back()
    return open(String(navigation.options.url))
  }

  return { ...standIn, open, back, follow, closeAll }
}

export type MiniProgram = ReturnType<typeof bootMiniProgram>
