/** Client request ids on CloudBase: the key is the _id, so a second insert fails atomically. */
import type { IdempotencyRepository } from '../consult-port'
import { awaited } from './awaited'
import { isDuplicateKey } from './errors'
import type { CloudDatabase } from './types'

export const cloudbaseIdempotency = (db: CloudDatabase): IdempotencyRepository => {
  const requests = db.collection('idempotency')
  return {
    async claim(key, fingerprint, at) {
      try {
        await awaited(requests.add({ data: { _id: key, fingerprint, createdAt: at } }))
        return { fresh: true }
      } catch (error) {
        if (!isDuplicateKey(error)) throw error
        const { data } = await awaited(requests.where({ _id: key }).limit(1).get())
        const doc = (data as Array<{ fingerprint: string; resultId?: string }>)[0]
        return doc.resultId ? { fresh: false, fingerprint: doc.fingerprint, resultId: doc.resultId } : { fresh: false, fingerprint: doc.fingerprint }
      }
    },
    async complete(key, resultId) {
      await awaited(requests.doc(key).update({ data: { resultId } }))
    },
    async forget(key) {
      await awaited(requests.doc(key).remove())
    }
  }
}
