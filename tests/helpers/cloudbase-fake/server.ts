/**
 * The fake database server: takes one request the SDK sends, waits a small seeded delay (so
 * concurrent calls interleave as against a remote server), applies it, waits again and
 * answers. It logs every request and fails the ones a test asked it to fail.
 */
import type { DocumentStore } from './documents'
import { ServerRefusal, transientFailure } from './errors'
import * as operations from './operations'
import { seededRandom } from './random'
import type { FakeCloudSettings } from './settings'
import type { Transactions } from './transactions'

export interface LoggedRequest {
  /** 1 for the first request since the fake opened or was reset. */
  position: number
  action: string
  collection?: string
  transactionId?: string
  /** Documents read, counted or written (absent when the request failed). */
  count?: number
  /** The server's refusal code, or how an injected failure struck. */
  failed?: string
  /**
   * When the request arrived and when its answer left, on one clock counting both: a request
   * that arrived before another's answer left was sent alongside it, not after it.
   */
  arrived: number
  answered?: number
}

export type FailureTiming = 'before' | 'after'

type Handler = (ctx: operations.Context, params: operations.Params) => operations.Outcome | Promise<operations.Outcome>

export class FakeServer {
  readonly log: LoggedRequest[] = []
  private clock = 0
  private failures = new Map<number, FailureTiming>()
  private random: () => number
  private readonly handlers: Record<string, Handler>

  constructor(
    private readonly settings: FakeCloudSettings,
    private readonly store: DocumentStore,
    private readonly transactions: Transactions
  ) {
    this.random = seededRandom(settings.seed)
    this.handlers = {
      'database.getDocument': operations.getDocument,
      'database.calculateDocument': operations.calculateDocument,
      'database.aggregateDocuments': operations.aggregateDocuments,
      'database.insertDocument': operations.insertDocument,
      'database.modifyDocument': operations.modifyDocument,
      'database.modifyAndReturnDoc': operations.modifyAndReturnDoc,
      'database.removeDocument': operations.removeDocument,
      'database.startTransaction': () => ({ body: { transactionId: this.transactions.start() } }),
      'database.commitTransaction': (_ctx, params) => (this.transactions.commit(String(params.transactionId)), { body: {} }),
      'database.abortTransaction': (_ctx, params) => (this.transactions.abort(String(params.transactionId)), { body: {} })
    }
  }

  /** The request `at` positions from now (1 = the next one) fails with a transient error. */
  injectFailure(at: number, when: FailureTiming): void {
    this.failures.set(this.log.length + at, when)
  }

  /** Answers one request; a refusal is answered as `{ code, message }`, a transient failure is thrown. */
  async handle(action: string, params: operations.Params = {}): Promise<Record<string, unknown>> {
    const entry: LoggedRequest = {
      position: this.log.length + 1,
      action,
      collection: params.collectionName,
      transactionId: params.transactionId,
      arrived: (this.clock += 1)
    }
    this.log.push(entry)
    const requestId = `fake-${entry.position}`
    await this.delay()
    const failure = this.failures.get(entry.position)
    if (failure === 'before') {
      entry.failed = 'injected before'
      throw transientFailure(entry.position, failure)
    }
    let answer: Record<string, unknown>
    try {
      const handler = this.handlers[action]
      if (!handler) throw new ServerRefusal('INVALID_PARAM', `the fake cloud does not know the action ${action}`)
      const outcome = await handler({ store: this.store, transactions: this.transactions, settings: this.settings, random: this.random }, params)
      entry.count = outcome.count
      answer = { ...outcome.body, requestId }
    } catch (error) {
      if (!(error instanceof ServerRefusal)) throw error
      entry.failed = error.code
      answer = { code: error.code, message: error.message, requestId }
    }
    if (failure === 'after') {
      entry.failed = 'injected after'
      throw transientFailure(entry.position, failure)
    }
    await this.delay()
    entry.answered = this.clock += 1
    return answer
  }

  reset(): void {
    this.log.length = 0
    this.failures.clear()
    this.random = seededRandom(this.settings.seed)
  }

  private delay(): Promise<void> {
    const { min, max } = this.settings.latencyMs
    const ms = min + Math.floor(this.random() * (max - min + 1))
    return new Promise((resolve) => setTimeout(resolve, ms))
  }
}
