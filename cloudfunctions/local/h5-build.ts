/** Builds the h5 app for the local cloud when the build is missing or older than its sources. */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const newestMtime = (dir: string): number =>
  fs.readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const full = path.join(dir, entry.name)
    return Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs)
  }, 0)

/** Answers the folder to serve. */
export const ensureH5Build = (root: string): string => {
  const outDir = path.join(root, 'dist', 'h5')
  const index = path.join(outDir, 'index.html')
  const sources = [path.join(root, 'src'), path.join(root, 'config')]
  const stale = !fs.existsSync(index) || sources.some((dir) => newestMtime(dir) > fs.statSync(index).mtimeMs)
  if (stale) {
    console.log('Building the h5 app (about a minute)…')
    execFileSync('npm', ['run', 'build:h5'], { cwd: root, stdio: 'inherit' })
  }
  return outDir
}
