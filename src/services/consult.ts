/** Consultations as the pages use them. Nothing here is cached: it must be current. */
import type { ChannelId, CreateConsultation } from '@/core/contracts/consult'
import { callCloud } from './cloud'

/**
 * One id per booking, made when the form opens: pressing 提交 again after a network failure
 * sends the same id, and the cloud answers the first booking instead of making a second.
 */
export const newClientRequestId = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`

export const loadSlots = (channel: ChannelId, pointId?: string) => callCloud('consult', 'slots', { channel, ...(pointId ? { pointId } : {}) })
export const submitConsultation = (form: CreateConsultation) => callCloud('consult', 'create', form)
/** 我的咨询 shows this many at a time (the contract's largest page). */
export const MY_CONSULTATIONS_PAGE = 20
export const loadMyConsultations = (offset = 0) => callCloud('consult', 'listMine', { offset, limit: MY_CONSULTATIONS_PAGE })
export const loadMyConsultation = (id: string) => callCloud('consult', 'getMine', { id })
export const cancelConsultation = (id: string, reason: string) => callCloud('consult', 'cancel', { id, reason })
export const rescheduleConsultation = (id: string, slotStart: string) => callCloud('consult', 'reschedule', { id, slotStart })
export const sendMessage = (id: string, text: string, clientRequestId: string) => callCloud('consult', 'addMessage', { id, text, clientRequestId })
export const rateConsultation = (id: string, score: number, comment?: string) => callCloud('consult', 'rate', { id, score, ...(comment ? { comment } : {}) })
