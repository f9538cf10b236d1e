/** A queue item as the staff function answers it, for tests of the workbench's cards. */
import type { QueueItem } from '@/core/contracts/staff'

export const queueItem = (over: Partial<QueueItem> = {}): QueueItem => ({
  id: 'c1-abcdef',
  ticket: 'HS-20261201-0001',
  matter: 'wages',
  channel: 'written',
  status: 'queued',
  createdAt: '2026-12-01T01:00:00.000Z',
  unseen: false,
  priority: 3,
  dueAt: '2026-12-01T09:00:00.000Z',
  sla: 'on-time',
  minutesLeft: 125,
  applicantName: '张三',
  phone: '138****8000',
  heldForReview: false,
  ...over
})
