/**
 * Writes offline-assets.json into the h5 build: every script and stylesheet the build emitted,
 * under its final hashed name, so the service worker (config/h5/sw.js) can keep them all on the
 * phone at once, including pages not yet opened.
 */
import type { Compiler } from 'webpack'

export class OfflineAssetListPlugin {
  apply(compiler: Compiler): void {
    const { Compilation, sources } = compiler.webpack
    compiler.hooks.thisCompilation.tap('OfflineAssetList', (compilation) => {
      // The report stage comes after minification and hashing: the names are final.
      compilation.hooks.processAssets.tap({ name: 'OfflineAssetList', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        // The app's scripts and styles only (not the worker itself, nor licence notes).
        const files = Object.keys(compilation.assets).filter((file) => /^(js|css)\/.+\.(js|css)$/.test(file))
        compilation.emitAsset('offline-assets.json', new sources.RawSource(JSON.stringify(files)))
      })
    })
  }
}
