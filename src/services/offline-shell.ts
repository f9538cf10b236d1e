/**
 * The browser build keeps its own files on the phone (a service worker, config/h5/sw.js), so it
 * opens and reloads with no network, like the installed mini-program does on WeChat. The worker
 * is registered with the build's hash: a new build installs a new copy and drops the old one.
 */
export const keepAppOnPhone = (): void => {
  if (process.env.TARO_ENV !== 'h5' || process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return
  const build = [...document.scripts].map((script) => /\/js\/app\.([0-9a-f]{8})\.js$/.exec(script.src)?.[1]).find(Boolean)
  if (!build) return
  navigator.serviceWorker.register(`/sw.js?v=${build}`).catch(() => {
    // Not allowed here (a plain http address other than localhost): the app works online as before.
  })
}
