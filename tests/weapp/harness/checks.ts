/** The checks every page of the weapp build is held to. */
import fs from 'node:fs'
import { SET_DATA_LIMIT_BYTES, type OpenedPage } from './mini-program'

/** No setData of the page went over WeChat's limit; its largest is noted for the figures. */
export const expectWithinSetDataLimit = (page: OpenedPage, label = '') => {
  expect(page.setDataBytes.length).toBeGreaterThan(0)
  expect(page.largestSetData()).toBeLessThanOrEqual(SET_DATA_LIMIT_BYTES)
  // `WEAPP_SETDATA_REPORT=file` collects the figures (page, largest setData, calls, nodes).
  const report = process.env.WEAPP_SETDATA_REPORT
  if (report) {
    const line = [page.route, label, page.largestSetData(), page.setDataBytes.length, page.nodeCount()].join('\t')
    fs.appendFileSync(report, `${line}\n`)
  }
}
