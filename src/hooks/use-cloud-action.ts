/**
 * A button's call to the cloud: busy while it runs, the cloud's own message (the first field
 * problem, or the error) when it fails, and the answer handed on when it succeeds.
 */
import { useState } from 'react'
import type { Envelope } from '@/core/envelope'

export const useCloudAction = () => {
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const run = async <T>(call: () => Promise<Envelope<T>>, onDone: (data: T) => void): Promise<void> => {
    setBusy(true)
    const answer = await call()
    setBusy(false)
    if (!answer.ok) {
      setProblem(answer.error.issues?.[0]?.message ?? answer.error.message)
      return
    }
    setProblem(null)
    onDone(answer.data)
  }
  /** Forgets the last problem (a new form opened). */
  const clear = () => setProblem(null)
  return { busy, problem, run, clear }
}
