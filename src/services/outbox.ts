/**
 * The outbox: a booking or a message the citizen sends while the network is away (or when the
 * call fails on the way) is kept on the phone with its request id, shown as 待发送, and sent
 * when the network returns. The request id makes a resend safe: the cloud answers the first
 * arrival instead of booking twice. What the cloud refuses (the slot was taken meanwhile) waits
 * with the cloud's words until the citizen changes it or throws it away.
 */
import Taro from '@tarojs/taro'
import type { ConsultationDetail, CreateConsultation } from '@/core/contracts/consult'
import type { AppError, Envelope } from '@/core/envelope'
import { sendToCloud } from './cloud-transport'
import { readStored, writeStored } from './storage'

export type Outgoing =
  | { kind: 'booking'; requestId: string; payload: CreateConsultation }
  | { kind: 'message'; requestId: string; payload: { id: string; text: string; clientRequestId: string } }

export type OutboxItem = Outgoing & {
  keptAt: string
  /** The cloud refused it when it was sent later: its message, until the citizen acts. */
  problem?: string
}

export type SendResult = { status: 'sent'; data: ConsultationDetail } | { status: 'kept' } | { status: 'refused'; error: AppError }

type Listener = (sent?: { item: Outgoing; data: ConsultationDetail }) => void

const KEY = 'outbox'
/** Request ids sent lately, so a draft of something already sent is not offered again. */
const SENT_KEY = 'outbox:sent'
const SENT_REMEMBERED = 20

const listeners = new Set<Listener>()
const notify: Listener = (sent) => listeners.forEach((listener) => listener(sent))

export const outboxItems = (): OutboxItem[] => readStored<OutboxItem[]>(KEY) ?? []
const save = (items: OutboxItem[]) => writeStored(KEY, items)

export const wasSent = (requestId: string): boolean => (readStored<string[]>(SENT_KEY) ?? []).includes(requestId)
export const rememberSent = (requestId: string) => writeStored(SENT_KEY, [requestId, ...(readStored<string[]>(SENT_KEY) ?? [])].slice(0, SENT_REMEMBERED))

/**
 * Sends a kept item again. It was checked against the shared contract when it was first sent
 * (outbox-send.ts: only a network failure puts an item here), and the cloud checks it again,
 * so the resend goes through the transport without zod — which keeps zod out of the main
 * package, where the outbox starts at launch.
 */
const resend = (item: Outgoing): Promise<Envelope<ConsultationDetail>> =>
  item.kind === 'booking' ? sendToCloud('consult', 'create', item.payload) : sendToCloud('consult', 'addMessage', item.payload)

export const isNetworkFailure = (error: AppError) => error.code === 'NETWORK.OFFLINE'

/** Keeps an item that could not be sent (once per request id). */
export const keep = (item: Outgoing): void => {
  save([...outboxItems().filter((kept) => kept.requestId !== item.requestId), { ...item, keptAt: new Date().toISOString() }])
  notify()
}

export const discardOutboxItem = (requestId: string): void => {
  save(outboxItems().filter((item) => item.requestId !== requestId))
  notify()
}

let flushing: Promise<number> | null = null

const flushOnce = async (): Promise<number> => {
  let sent = 0
  for (const item of outboxItems().filter((kept) => !kept.problem)) {
    const answer = await resend(item)
    if (!answer.ok && isNetworkFailure(answer.error)) break
    const rest = outboxItems().filter((kept) => kept.requestId !== item.requestId)
    if (answer.ok) {
      save(rest)
      rememberSent(item.requestId)
      sent += 1
      notify({ item, data: answer.data })
    } else {
      save([...rest, { ...item, problem: answer.error.issues?.[0]?.message ?? answer.error.message }])
      notify()
    }
  }
  return sent
}

/** Sends what waits, oldest first; one run at a time (the online event and a tap may race). */
export const flushOutbox = (): Promise<number> => {
  flushing ??= flushOnce().finally(() => {
    flushing = null
  })
  return flushing
}

/** Sends again an item the cloud refused (after the citizen read why). */
export const retryOutboxItem = (requestId: string): Promise<number> => {
  const cleared = (item: OutboxItem): OutboxItem => {
    if (item.requestId !== requestId) return item
    const { problem: _problem, ...rest } = item
    return rest as OutboxItem
  }
  save(outboxItems().map(cleared))
  return flushOutbox()
}

export const subscribeOutbox = (listener: Listener): (() => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Called once at launch: send what waits now, and whenever the network comes back. */
export const startOutbox = (): void => {
  if (process.env.TARO_ENV === 'h5') window.addEventListener('online', () => void flushOutbox())
  else Taro.onNetworkStatusChange(({ isConnected }) => isConnected && void flushOutbox())
  if (outboxItems().length > 0) void flushOutbox()
}
