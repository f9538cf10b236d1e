/**
 * Bundles each deployable cloud function (cloudfunctions/functions/<name>.ts, exporting
 * `<name>`) with what it imports from core into a self-contained WeChat cloud function folder
 * (timer functions get the timer entry and their trigger in config.json):
 *   dist/cloudfunctions/<name>/{index.js, package.json, config.json}
 * wx-server-sdk stays external: WeChat installs it from package.json in the cloud.
 */
import fs from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'
import { cloudFunctions, timerFunctions } from '../../cloudfunctions/functions'

export const ROOT = path.resolve(__dirname, '..', '..')
export const FUNCTIONS_OUT = path.join(ROOT, 'dist', 'cloudfunctions')
const WX_SERVER_SDK_VERSION = '4.0.2'

/** Open-API permissions a function needs (its config.json): the content check of citizens' text, status messages. */
const PERMISSIONS: Record<string, string[]> = { consult: ['security.msgSecCheck'], staff: ['subscribeMessage.send'] }

/**
 * Each function's time limit in seconds (config.json `timeout`; the console allows 1–60, the
 * default 3 is too short for most): chosen from what the slowest legitimate call does.
 */
export const TIMEOUT_SECONDS: Record<string, number> = {
  // Reads a page of tips or one tip.
  tips: 5,
  // Imports up to 2,000 points in one go.
  points: 20,
  // A booking at a busy minute may rerun its transaction many times (30 people taking the
  // day's first tickets at once needed up to 4 s on the test fake), plus the content check.
  consult: 20,
  // Statistics read every consultation of a period, 100 at a time.
  staff: 20,
  // An application reads up to 10 files of 10 MB from cloud storage to check them before its
  // transaction, which (like booking's) may rerun when the day's first tickets are taken at once.
  apply: 20,
  // Anonymises up to 2,000 cases a night, one transaction each; the next night goes on.
  retention: 60
}

export interface BundledFunction {
  name: string
  dir: string
  bytes: number
}

interface Entry {
  name: string
  /** The wechat-main export that wraps this kind of function. */
  wrapper: 'wechatMain' | 'wechatTimerMain'
  config: object
}

const bundleOne = async ({ name, wrapper, config }: Entry): Promise<BundledFunction> => {
  const dir = path.join(FUNCTIONS_OUT, name)
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  await build({
    stdin: {
      contents: `import { ${wrapper} } from './runtime/wechat-main'\nimport { ${name} } from './functions/${name}'\nexport const main = ${wrapper}(${name})\n`,
      resolveDir: path.join(ROOT, 'cloudfunctions'),
      loader: 'ts'
    },
    outfile: path.join(dir, 'index.js'),
    bundle: true,
    platform: 'node',
    target: 'node16',
    format: 'cjs',
    external: ['wx-server-sdk'],
    minify: true,
    keepNames: true,
    legalComments: 'none',
    logLevel: 'warning'
  })
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ name, version: '1.0.0', private: true, main: 'index.js', dependencies: { 'wx-server-sdk': WX_SERVER_SDK_VERSION } }, null, 2)}\n`
  )
  fs.writeFileSync(path.join(dir, 'config.json'), `${JSON.stringify(config, null, 2)}\n`)
  return { name, dir, bytes: fs.statSync(path.join(dir, 'index.js')).size }
}

export const bundleFunctions = async (): Promise<BundledFunction[]> => {
  const bundled: BundledFunction[] = []
  const entries: Entry[] = [
    ...cloudFunctions.map((fn) => ({
      name: fn.name,
      wrapper: 'wechatMain' as const,
      config: { timeout: TIMEOUT_SECONDS[fn.name], permissions: { openapi: PERMISSIONS[fn.name] ?? [] } }
    })),
    ...timerFunctions.map((fn) => ({
      name: fn.name,
      wrapper: 'wechatTimerMain' as const,
      config: { timeout: TIMEOUT_SECONDS[fn.name], permissions: { openapi: [] }, triggers: [{ name: `${fn.name}-timer`, type: 'timer', config: fn.schedule }] }
    }))
  ]
  for (const entry of entries) bundled.push(await bundleOne(entry))
  return bundled
}

if (require.main === module) {
  bundleFunctions()
    .then((bundled) => bundled.forEach((b) => console.log(`cloud function ${b.name}: ${(b.bytes / 1024).toFixed(1)} KB → ${path.relative(ROOT, b.dir)}`)))
    .catch((error: unknown) => {
      console.error(error)
      process.exit(1)
    })
}
