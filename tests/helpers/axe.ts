/**
 * axe-core in the page under test: injects the engine (once per document) and answers the
 * serious and critical violations, as short readable lines.
 */
import type { Page } from 'playwright-core'

const AXE_SCRIPT = require.resolve('axe-core/axe.min.js')

/** What a failed check prints: the rule, its impact, and where it was found. */
export interface AxeFinding {
  rule: string
  impact: string
  help: string
  targets: string[]
}

/**
 * The whole document is checked (the viewport meta too); axe skips what is hidden, such as the
 * earlier pages Taro's router keeps in the DOM.
 */
export const axeFindings = async (page: Page): Promise<AxeFinding[]> => {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_SCRIPT })
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe
    const results = await axe.run(document, { resultTypes: ['violations'] })
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ rule: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }))
  })
}
