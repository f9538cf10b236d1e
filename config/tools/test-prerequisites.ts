/**
 * `npm test` starts here, before any test runs: it checks what the tests need that `npm install`
 * does not bring — Debian's Chromium (the e2e tests drive it) and the CJK and emoji fonts pages
 * are drawn with — and that npm did bring WeChat's simulator (the weapp tests run the build in
 * it). Run as root (CI, a fresh machine), it installs missing Debian packages with apt-get;
 * otherwise it says in one line what is missing and the one command that installs it, and
 * stops with a non-zero exit.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'

export interface Need {
  name: string
  why: string
  /** How it is installed: a Debian package, or an npm package of this project. */
  from: 'apt' | 'npm'
}

export const NEEDS: readonly Need[] = [
  { name: 'chromium', why: 'the e2e tests drive it', from: 'apt' },
  { name: 'fonts-wqy-microhei', why: 'Chinese text in the screenshots', from: 'apt' },
  { name: 'fonts-noto-color-emoji', why: 'emoji in the screenshots', from: 'apt' },
  { name: 'miniprogram-simulate', why: 'the weapp tests run the build in it', from: 'npm' }
]

export type Plan = { kind: 'ready' } | { kind: 'install'; packages: string[] } | { kind: 'stop'; message: string }

/** What to do about the needs that are missing: nothing, install (as root), or say what and stop. */
export const planFor = (missing: readonly Need[], isRoot: boolean): Plan => {
  if (missing.length === 0) return { kind: 'ready' }
  const apt = missing.filter((n) => n.from === 'apt').map((n) => n.name)
  const npm = missing.filter((n) => n.from === 'npm')
  if (npm.length === 0 && isRoot) return { kind: 'install', packages: apt }
  const command = [
    ...(apt.length > 0 ? [`${isRoot ? '' : 'sudo '}apt-get update && ${isRoot ? '' : 'sudo '}apt-get install -y ${apt.join(' ')}`] : []),
    ...(npm.length > 0 ? ['npm install'] : [])
  ].join(' && ')
  const what = missing.map((n) => `${n.name} (${n.why})`).join(', ')
  return { kind: 'stop', message: `Tests cannot run: missing ${what}. Install with: ${command}` }
}

const debianPackageInstalled = (name: string): boolean => {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).includes('install ok installed')
  } catch {
    return false
  }
}

const npmPackageInstalled = (name: string): boolean => {
  try {
    createRequire(__filename).resolve(`${name}/package.json`)
    return true
  } catch {
    return false
  }
}

const present = (need: Need): boolean => {
  if (need.name === 'chromium') return fs.existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')
  return need.from === 'apt' ? debianPackageInstalled(need.name) : npmPackageInstalled(need.name)
}

const main = () => {
  const plan = planFor(
    NEEDS.filter((need) => !present(need)),
    process.getuid?.() === 0
  )
  if (plan.kind === 'ready') return
  if (plan.kind === 'stop') {
    console.error(plan.message)
    process.exit(1)
  }
  console.log(`Installing ${plan.packages.join(' ')} for the tests (apt-get)…`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...plan.packages], { stdio: 'inherit', env })
}

if (require.main === module) main()
