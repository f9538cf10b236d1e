/** A fixed-window request counter per client: enough to stop a runaway loop on the local cloud. */
export interface RateLimit {
  windowMs: number
  max: number
}

export const createRateLimiter = ({ windowMs, max }: RateLimit, now: () => number = Date.now) => {
  const windows = new Map<string, { start: number; count: number }>()
  return (client: string): boolean => {
    const time = now()
    // Forget finished windows now and then, so the map stays as small as the set of active clients.
    if (windows.size > 1000) windows.forEach((w, key) => time - w.start >= windowMs && windows.delete(key))
    const current = windows.get(client)
    if (!current || time - current.start >= windowMs) {
      windows.set(client, { start: time, count: 1 })
      return true
    }
    current.count += 1
    return current.count <= max
  }
}
