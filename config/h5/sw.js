/* global self, caches, fetch, URL */
/**
 * The browser build's service worker: the app's own files (listed in offline-assets.json) are
 * kept on the phone when it is first opened, so the app opens, and reloads, with no network.
 * Pages are fetched from the network first (a new version shows at once), scripts and styles
 * from the phone first (their names change with every build). The cloud (/api/) is never
 * cached here: the app's own offline copy and outbox handle it, with the time it was saved.
 */
const VERSION = new URL(self.location.href).searchParams.get('v') || 'dev'
const CACHE = `app-${VERSION}`

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const files = await (await fetch('/offline-assets.json', { cache: 'no-store' })).json()
      const cache = await caches.open(CACHE)
      await cache.addAll(['/', ...files.map((file) => `/${file}`)])
      await self.skipWaiting()
    })()
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // An older build's files are not needed any more.
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key)
      await self.clients.claim()
    })()
  )
})

self.addEventListener('fetch', (event) => {
  const { request } = event
  const url = new URL(request.url)
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() => caches.match('/', { cacheName: CACHE })))
    return
  }
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((kept) => kept || fetch(request)))
})
