/** 家人查进度 as the pages use it: never cached, the status must be current. */
import type { FollowPayload } from '@/core/contracts/consult'
import { callCloud } from './cloud'

export const followConsultation = (payload: FollowPayload) => callCloud('consult', 'follow', payload)
export const setFamilyFollow = (id: string, allowed: boolean) => callCloud('consult', 'setFamilyFollow', { id, allowed })
