/**
 * Bundles each deployable cloud function (cloudfunctions/functions/<name>.ts, exporting
 * `<name>`) with what it imports from core into a self-contained WeChat cloud function folder:
 *   dist/cloudfunctions/<name>/{index.js, package.json, config.json}
 * wx-server-sdk stays external: WeChat installs it from package.json in the cloud.
 */
import fs from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'
import { cloudFunctions } from '../../cloudfunctions/functions'

export const ROOT = path.resolve(__dirname, '..', '..')
export const FUNCTIONS_OUT = path.join(ROOT, 'dist', 'cloudfunctions')
const WX_SERVER_SDK_VERSION = '4.0.2'

/** Open-API permissions a function needs (its config.json): the content check of citizens' text. */
const PERMISSIONS: Record<string, string[]> = { consult: ['security.msgSecCheck'] }

export interface BundledFunction {
  name: string
  dir: string
  bytes: number
}

const bundleOne = async (name: string): Promise<BundledFunction> => {
  const dir = path.join(FUNCTIONS_OUT, name)
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  await build({
    stdin: {
      contents: `import { wechatMain } from './runtime/wechat-main'\nimport { ${name} } from './functions/${name}'\nexport const main = wechatMain(${name})\n`,
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
  fs.writeFileSync(
    path.join(dir, 'config.json'),
    `${JSON.stringify({ permissions: { openapi: PERMISSIONS[name] ?? [] } }, null, 2)}\n`
  )
  return { name, dir, bytes: fs.statSync(path.join(dir, 'index.js')).size }
}

export const bundleFunctions = async (): Promise<BundledFunction[]> => {
  const bundled: BundledFunction[] = []
  for (const fn of cloudFunctions) bundled.push(await bundleOne(fn.name))
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
