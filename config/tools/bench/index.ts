/**
 * `npm run bench` — prints every performance figure with its baseline, the ratio and the
 * target. Figures are measured, never asserted: timings depend on the machine.
 *   npm run bench                       every group
 *   npm run bench -- bundles throughput only these groups (ids below)
 */
import { bundles } from './bundles'
import { cloudbaseRequests } from './cloudbase-requests'
import { firstPage } from './first-page'
import { meetsTarget, printFigures, type Figure, type FigureGroup } from './print'
import { store } from './store'
import { throughput } from './throughput'

/** The registry of figure groups, run in this order. A new group is one file exporting a FigureGroup, added here. */
export const GROUPS: FigureGroup[] = [bundles, firstPage, throughput, store, cloudbaseRequests]

const main = async (): Promise<void> => {
  const wanted = process.argv.slice(2)
  const unknown = wanted.filter((id) => !GROUPS.some((g) => g.id === id))
  if (unknown.length > 0) {
    console.error(`Unknown group ${unknown.join(', ')}; groups: ${GROUPS.map((g) => g.id).join(', ')}`)
    process.exit(2)
  }
  const groups = wanted.length > 0 ? GROUPS.filter((g) => wanted.includes(g.id)) : GROUPS
  const all: Figure[] = []
  for (const group of groups) {
    const figures = await group.run((line) => console.log(line))
    printFigures(group.title, figures)
    all.push(...figures)
  }
  const missed = all.filter((f) => !meetsTarget(f))
  console.log(
    `\n${all.length - missed.length} of ${all.length} figures meet their target${missed.length ? `; not met: ${missed.map((f) => f.name).join(', ')}` : ''}.`
  )
  // Child servers and Chromium are closed by their groups; leave nothing running.
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
