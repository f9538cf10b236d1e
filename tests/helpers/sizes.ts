/**
 * 长辈模式 measured in the browser (computed sizes on the page Taro is showing): every text at
 * least 18 CSS px, every control at least 60 CSS px high (a switch, check box or radio counts
 * by the row that carries it, since the whole row is what is tapped), and nothing running off
 * the side of the screen or cut short inside its box.
 */
import type { Page } from 'playwright-core'
import type { AxeFinding } from './axe'

export const ELDERLY_MIN_TEXT_PX = 18
export const ELDERLY_MIN_TAP_PX = 60

export const elderlySizeFaults = (page: Page): Promise<AxeFinding[]> =>
  page.evaluate(
    ([minText, minTap]) => {
      const shown = [...document.querySelectorAll<HTMLElement>('.taro_page')].find((p) => getComputedStyle(p).display !== 'none')
      if (!shown) return [{ rule: 'no-page', impact: 'size', help: 'no page on screen', targets: [] }]
      const visible = (el: Element) => {
        const box = el.getBoundingClientRect()
        return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden'
      }
      const describe = (el: Element) =>
        `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} “${(el.textContent ?? '').trim().slice(0, 20)}”`
      const small: string[] = []
      const walker = document.createTreeWalker(shown, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement
        if (!el || !node.textContent?.trim() || !visible(el)) continue
        const size = parseFloat(getComputedStyle(el).fontSize)
        if (size < minText) small.push(`${describe(el)} ${size}px`)
      }
      const fields = [...shown.querySelectorAll('input:not([type=checkbox]):not([type=radio]), textarea')].filter(visible)
      for (const field of fields) {
        const size = parseFloat(getComputedStyle(field).fontSize)
        if (size < minText) small.push(`${describe(field)} ${size}px`)
      }
      const low: string[] = []
      const controls = [
        ...shown.querySelectorAll(
          'taro-button-core, [role=button], [role=link], [role=switch], [role=checkbox], [role=radio], input, textarea, taro-picker-core'
        )
      ].filter(visible)
      for (const control of controls) {
        const carrier = control.matches('input[type=checkbox], input[type=radio], [role=checkbox], [role=radio], [role=switch]')
          ? (control.closest('.tap') ?? control)
          : control
        const height = carrier.getBoundingClientRect().height
        if (height < minTap - 0.5) low.push(`${describe(carrier)} ${Math.round(height)}px`)
      }
      // A text box scrolls its own long text: that is not cut off.
      const cut = [...shown.querySelectorAll<HTMLElement>('*:not(input):not(textarea)')]
        .filter(visible)
        .filter((el) => {
          const style = getComputedStyle(el)
          const clips = (v: string) => v === 'hidden' || v === 'clip'
          return (clips(style.overflowX) && el.scrollWidth > el.clientWidth + 1) || (clips(style.overflowY) && el.scrollHeight > el.clientHeight + 1)
        })
        .map(describe)
      const wide = document.documentElement.scrollWidth > window.innerWidth ? [`page is ${document.documentElement.scrollWidth}px wide`] : []
      return [
        { rule: 'elderly-text-size', impact: 'size', help: `text under ${minText}px`, targets: small },
        { rule: 'elderly-tap-size', impact: 'size', help: `controls under ${minTap}px high`, targets: low },
        { rule: 'clipped', impact: 'size', help: 'content cut off inside its box', targets: cut },
        { rule: 'too-wide', impact: 'size', help: 'wider than the screen', targets: wide }
      ].filter((f) => f.targets.length > 0)
    },
    [ELDERLY_MIN_TEXT_PX, ELDERLY_MIN_TAP_PX] as const
  )
