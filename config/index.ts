import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import { OfflineAssetListPlugin } from './h5/offline-asset-list'

/**
 * Taro build config. weapp and h5 each get their own output root (both default to dist/ and
 * would wipe each other); project.config.json points WeChat's tooling at dist/weapp.
 */
export default defineConfig<'webpack5'>(() => {
  const isProduction = process.env.NODE_ENV === 'production'
  const platform = process.env.TARO_ENV ?? 'weapp'
  const config: UserConfigExport<'webpack5'> = {
    projectName: 'falv-fuwu-zhimen',
    date: '2026-11-27',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${platform}`,
    plugins: [],
    defineConstants: {
      // The WeChat cloud environment the weapp calls; empty means "the default env".
      CLOUD_ENV: JSON.stringify(process.env.WX_CLOUD_ENV ?? ''),
      // The subscription-message template for status changes ('' = do not ask).
      STATUS_TEMPLATE_ID: JSON.stringify(process.env.WX_STATUS_TEMPLATE_ID ?? '')
    },
    alias: { '@': path.resolve(__dirname, '..', 'src') },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false }
      },
      optimizeMainPackage: { enable: true }
    },
    // The browser build's service worker, beside index.html (it must be served from the root).
    ...(platform === 'h5' ? { copy: { patterns: [{ from: 'config/h5/sw.js', to: 'dist/h5/sw.js' }], options: {} } } : {}),
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css'
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false }
      },
      webpackChain(chain) {
        // The list of the build's own files, for the service worker to keep on the phone.
        chain.plugin('offline-asset-list').use(OfflineAssetListPlugin)
        // Taro splits only the entry's chunks ('initial'): every page chunk then carries its own
        // copy of Taro's web components, zod and the shared helpers. Code used by two or more
        // pages goes into shared chunks (one per set of pages), so each file is fetched once.
        // minSize 0: small shared helpers are not copied either (all h5 JS+CSS 232 KB gzip
        // against 250 KB with webpack's 8 KB floor; the home page loads the same bytes).
        const splitChunks = chain.optimization.get('splitChunks') as { cacheGroups?: Record<string, unknown> } | false
        if (!splitChunks) return
        chain.optimization.splitChunks({
          ...splitChunks,
          cacheGroups: {
            ...splitChunks.cacheGroups,
            sharedByPages: { chunks: 'async', minChunks: 2, minSize: 0, priority: 50, reuseExistingChunk: true }
          }
        })
      }
    }
  }
  if (!isProduction) config.mini = { ...config.mini, debugReact: true }
  return config
})
