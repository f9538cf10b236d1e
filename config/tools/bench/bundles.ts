/**
 * Bundle figures against a blank Taro app built from the same installed versions: the weapp
 * main package, and the h5 build's JS+CSS (gzip) in all. Builds what is missing or stale.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { ensureBuild } from '../../../cloudfunctions/local/h5-build'
import { packageSizes, ROOT } from '../weapp-audit'
import { buildBlankTaro } from './blank-taro'
import type { FigureGroup } from './print'

const filesUnder = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(full) : [full]
  })

/** What a browser would download for these files, compressed as the local cloud's gzip level 9. */
export const gzipBytes = (files: string[]): number => files.reduce((sum, file) => sum + zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length, 0)

export const scriptsAndStyles = (h5Dir: string): string[] => filesUnder(h5Dir).filter((file) => /\.(js|css)$/.test(file))

export const bundles: FigureGroup = {
  id: 'bundles',
  title: 'Bundles (production builds; baseline: a blank Taro 4.2.1 React app built with our installed versions)',
  async run(log) {
    const weappDir = ensureBuild(ROOT, 'weapp')
    const h5Dir = ensureBuild(ROOT, 'h5')
    const blank = buildBlankTaro(log)
    return [
      {
        name: 'weapp main package',
        value: packageSizes(weappDir).mainPackageBytes,
        unit: 'KB',
        baselineName: 'blank',
        baseline: packageSizes(blank.weappDir).mainPackageBytes,
        target: { atMost: 1.3 }
      },
      {
        name: 'h5, all JS+CSS (gzip)',
        value: gzipBytes(scriptsAndStyles(h5Dir)),
        unit: 'KB',
        baselineName: 'blank',
        baseline: gzipBytes(scriptsAndStyles(blank.h5Dir)),
        target: { atMost: 2 }
      }
    ]
  }
}
