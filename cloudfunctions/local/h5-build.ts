/** Builds the app (h5 for the local cloud, weapp for the bench) when the build is missing or older than its sources. */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const newestMtime = (dir: string): number =>
  fs.readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const full = path.join(dir, entry.name)
    return Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs)
  }, 0)

/** What a build is made from: the app's sources and the Taro config (not the tools beside it). */
const sourcesChangedAt = (root: string): number => Math.max(newestMtime(path.join(root, 'src')), fs.statSync(path.join(root, 'config', 'index.ts')).mtimeMs)

/** Builds `dist/<platform>` when it is missing or older than src/ and config/; answers the folder. */
export const ensureBuild = (root: string, platform: 'h5' | 'weapp'): string => {
  const outDir = path.join(root, 'dist', platform)
  const marker = path.join(outDir, platform === 'h5' ? 'index.html' : 'app.json')
  const stale = !fs.existsSync(marker) || sourcesChangedAt(root) > fs.statSync(marker).mtimeMs
  if (stale) {
    console.log(`Building the ${platform} app (a minute or two)…`)
    execFileSync('npm', ['run', `build:${platform}`], { cwd: root, stdio: 'inherit' })
  }
  return outDir
}

/** Answers the folder to serve. */
export const ensureH5Build = (root: string): string => ensureBuild(root, 'h5')
