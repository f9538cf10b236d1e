/**
 * `npm run deploy` — build, bundle, audit and upload the mini-program and every cloud function
 * with miniprogram-ci. `npm run deploy -- --dry-run` runs every offline step and prints what
 * would be uploaded, without credentials.
 *   WX_APPID              the mini-program's appid (wx…)
 *   WX_CLOUD_ENV          the cloud environment id the functions go to
 *   WX_PRIVATE_KEY_PATH   the upload key downloaded from the WeChat admin console
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { loadSeedTips } from '../../cloudfunctions/seed/tips'
import { FIRST_SET_ID, inSetFields, pointDocId } from '../../cloudfunctions/store/cloudbase/point-sets'
import { county } from '../../src/core/county/current'
import { bundleFunctions, type BundledFunction } from './bundle-functions'
import { auditWeapp, ciProject, kb, MAIN_PACKAGE_BUDGET_BYTES, ROOT, type AuditReport } from './weapp-audit'

const REQUIRED = {
  WX_APPID: "the mini-program's appid (starts with wx)",
  WX_CLOUD_ENV: 'the WeChat cloud environment id',
  WX_PRIVATE_KEY_PATH: 'the path of the upload private key from the WeChat admin console'
} as const

const SEED_OUT = path.join(ROOT, 'dist', 'cloud-seed')
const COLLECTIONS_FILE = path.join(ROOT, 'cloudfunctions', 'database', 'collections.json')

interface Collection {
  name: string
  rules: Record<string, unknown>
  indexes: Array<{ name: string }>
  seed?: string
}

/** CloudBase imports JSON Lines, one document per line, keyed by _id. */
const writeJsonLines = (name: string, docs: object[]): string => {
  fs.mkdirSync(SEED_OUT, { recursive: true })
  const file = path.join(SEED_OUT, `${name}.json`)
  fs.writeFileSync(file, docs.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
  return path.relative(ROOT, file)
}

/** The seed data for the collections that start filled: the tips and the county's service points. */
const writeSeedFiles = (): string[] => {
  const now = new Date().toISOString()
  return [
    writeJsonLines(
      'tips',
      loadSeedTips().map(({ id, ...tip }) => ({ _id: id, ...tip, published: true }))
    ),
    // Marked as seeded, so the points function may refresh them and an admin's edit wins; in
    // the first set of points (see cloudfunctions/store/cloudbase/point-sets.ts).
    writeJsonLines(
      'servicePoints',
      county.servicePoints.map(({ id, ...point }) => ({
        _id: pointDocId(FIRST_SET_ID, id),
        ...inSetFields(FIRST_SET_ID, id, { ...point, origin: 'seed', updatedAt: now })
      }))
    )
  ]
}

const printPlan = (audit: AuditReport, functions: BundledFunction[], env: string) => {
  console.log('\nMini-program (dist/weapp):')
  console.log(`  main package ${kb(audit.mainPackageBytes)} (budget ${kb(MAIN_PACKAGE_BUDGET_BYTES)})`)
  for (const [root, bytes] of Object.entries(audit.subpackageBytes)) console.log(`  subpackage ${root}: ${kb(bytes)}`)
  console.log('WeChat code-quality audit:')
  for (const check of audit.checks) console.log(`  ${check.success ? 'pass' : 'FAIL'} ${check.name}`)
  console.log(`\nCloud functions → env ${env}:`)
  for (const fn of functions) console.log(`  ${fn.name}: ${kb(fn.bytes)} (${path.relative(ROOT, fn.dir)})`)
  const { collections } = JSON.parse(fs.readFileSync(COLLECTIONS_FILE, 'utf8')) as { collections: Collection[] }
  console.log('\nDatabase (create in the cloud console; miniprogram-ci cannot):')
  for (const c of collections) {
    console.log(`  collection ${c.name}: rules ${JSON.stringify(c.rules)}; indexes ${c.indexes.map((i) => i.name).join(', ') || 'none'}`)
    if (c.seed) console.log(`    import ${c.seed} into it (JSON Lines)`)
  }
}

const main = async () => {
  const dryRun = process.argv.includes('--dry-run')
  const missing = (Object.keys(REQUIRED) as Array<keyof typeof REQUIRED>).filter((name) => !process.env[name])
  if (!dryRun && missing.length > 0) {
    for (const name of missing) console.error(`Missing ${name}: ${REQUIRED[name]}.`)
    console.error('Set them, or run `npm run deploy -- --dry-run` to check everything offline.')
    process.exit(1)
  }
  const appid = process.env.WX_APPID ?? 'wx0000000000000000'
  const env = process.env.WX_CLOUD_ENV ?? '(WX_CLOUD_ENV not set)'

  console.log(`${dryRun ? 'Dry run: ' : ''}building the weapp…`)
  execFileSync('npm', ['run', 'build:weapp', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
  const functions = await bundleFunctions()
  const seeds = writeSeedFiles()
  const audit = await auditWeapp({ appid, privateKeyPath: dryRun ? undefined : process.env.WX_PRIVATE_KEY_PATH })
  printPlan(audit, functions, env)
  console.log(`\nSeed files: ${seeds.join(', ')}`)
  if (!audit.passed) {
    console.error('\nThe audit failed: nothing was uploaded.')
    process.exit(1)
  }
  if (dryRun) {
    console.log('\nDry run finished: nothing was uploaded.')
    process.exit(0)
  }

  const { ci, project } = await ciProject({ appid, privateKeyPath: process.env.WX_PRIVATE_KEY_PATH })
  const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version as string
  await ci.upload({ project, version, desc: `deploy ${new Date().toISOString()}`, onProgressUpdate: () => undefined })
  console.log(`Uploaded the mini-program, version ${version}.`)
  for (const fn of functions) {
    await ci.cloud.uploadFunction({ project, env, name: fn.name, path: fn.dir, remoteNpmInstall: true })
    console.log(`Uploaded cloud function ${fn.name}.`)
  }
  // miniprogram-ci leaves a watcher running.
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
