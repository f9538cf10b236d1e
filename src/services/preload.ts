/**
 * WeChat downloads the subpackages named in app.config's preloadRule when the home page opens,
 * so that 预约 and 我的咨询 open later on the mountain road with no network. The browser build
 * has no such rule: do the same at launch by loading those pages' code once. Taro 4.2's h5
 * runtime keeps the app config, with each page's loader, in window.__taroAppConfig (the
 * citizen-path e2e test opens 我的咨询 offline and fails if that ever changes).
 */
interface H5Route {
  path: string
  load?: () => unknown[]
}

interface H5AppConfig {
  routes?: H5Route[]
  preloadRule?: Record<string, { packages: string[] }>
}

export const preloadPagesForOffline = (): void => {
  if (process.env.TARO_ENV !== 'h5') return
  const config = (window as unknown as { __taroAppConfig?: H5AppConfig }).__taroAppConfig
  const packages = config?.preloadRule?.['pages/home/index']?.packages ?? []
  for (const route of config?.routes ?? []) {
    if (!packages.some((root) => route.path.startsWith(`${root}/`))) continue
    const [loading] = route.load?.() ?? []
    // Offline at launch: those pages load when first opened instead, as before.
    Promise.resolve(loading).catch(() => undefined)
  }
}
