/**
 * WeChat's own code-quality audit of the weapp build (miniprogram-ci checkCodeQuality, the
 * devtools' 代码质量扫描), run offline, plus the package sizes we budget for.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const ROOT = path.resolve(__dirname, '..', '..')
export const WEAPP_DIR = path.join(ROOT, 'dist', 'weapp')
/** The devtools warn above 1.5 MB for the main package (the hard limit is 2 MB). */
export const MAIN_PACKAGE_BUDGET_BYTES = 1.5 * 1024 * 1024

export interface CheckResult {
  name: string
  success: boolean
  text: string
}

export interface AuditReport {
  mainPackageBytes: number
  subpackageBytes: Record<string, number>
  checks: CheckResult[]
  passed: boolean
}

const folderBytes = (dir: string): number =>
  fs.readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const full = path.join(dir, entry.name)
    return sum + (entry.isDirectory() ? folderBytes(full) : fs.statSync(full).size)
  }, 0)

/** Sizes of a weapp build (ours by default; the bench also measures a blank Taro app's). */
export const packageSizes = (weappDir: string = WEAPP_DIR): Pick<AuditReport, 'mainPackageBytes' | 'subpackageBytes'> => {
  const appJson = JSON.parse(fs.readFileSync(path.join(weappDir, 'app.json'), 'utf8')) as { subPackages?: Array<{ root: string }> }
  const subpackageBytes = Object.fromEntries((appJson.subPackages ?? []).map(({ root }) => [root.replace(/\/$/, ''), folderBytes(path.join(weappDir, root))]))
  const subTotal = Object.values(subpackageBytes).reduce((a, b) => a + b, 0)
  return { mainPackageBytes: folderBytes(weappDir) - subTotal, subpackageBytes }
}

/** checkCodeQuality does not read the key, but the Project wants a file: a throwaway one will do. */
const throwawayKey = (): string => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'falv-key-')), 'private.key')
  const { privateKey } = crypto.generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' }
  })
  fs.writeFileSync(file, privateKey, { mode: 0o600 })
  return file
}

export interface CiProjectOptions {
  appid: string
  privateKeyPath?: string
}

export const ciProject = async ({ appid, privateKeyPath }: CiProjectOptions) => {
  const ci = await import('miniprogram-ci')
  return {
    ci,
    project: new ci.Project({
      appid,
      type: 'miniProgram',
      projectPath: ROOT,
      privateKeyPath: privateKeyPath ?? throwawayKey(),
      ignores: ['node_modules/**/*']
    })
  }
}

export const auditWeapp = async (options: CiProjectOptions): Promise<AuditReport> => {
  if (!fs.existsSync(path.join(WEAPP_DIR, 'app.json'))) throw new Error('No weapp build: run `npm run build:weapp` first.')
  const { ci, project } = await ciProject(options)
  const checks = ((await ci.checkCodeQuality(project)) as CheckResult[]).map(({ name, success, text }) => ({ name, success, text }))
  const sizes = packageSizes()
  return { ...sizes, checks, passed: checks.every((c) => c.success) && sizes.mainPackageBytes <= MAIN_PACKAGE_BUDGET_BYTES }
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`

// `tsx config/tools/weapp-audit.ts` prints the report as JSON. A separate process because
// miniprogram-ci leaves a file watcher running that would keep a test runner alive.
if (require.main === module) {
  auditWeapp({ appid: process.env.WX_APPID ?? 'wx0000000000000000' })
    .then((report) => {
      console.log(JSON.stringify(report))
      process.exit(report.passed ? 0 : 1)
    })
    .catch((error: unknown) => {
      console.error(error)
      process.exit(2)
    })
}
