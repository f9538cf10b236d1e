/**
 * Data at the size the app must hold, written to the test's SQLite store through the store's
 * own operations: 2,000 service points (what the import accepts), 2,000 consultations,
 * 2,000 audit entries and 2,000 tips.
 */
import { county } from '@/core/county/current'
import type { ServicePoint } from '@/core/county/schema'
import type { ConsultStatus } from '@/core/domain/consult-status'
import { MATTERS } from '@/core/domain/matters'
import { storedConsultation } from '../../helpers/stored-consultation'
import type { Store } from '../../../cloudfunctions/store/port'
import { makeTip } from '../../helpers/sample-tips'

export const MANY = 2000

/** Stations spread over the cities where Heishui's workers are, a few kilometres apart. */
export const manyPoints = (count = MANY): ServicePoint[] => {
  const template = county.servicePoints.find((p) => p.kind === 'out-of-county-station')!
  const cities = county.servicePoints.filter((p) => p.kind === 'out-of-county-station')
  return Array.from({ length: count }, (_, i) => {
    const city = cities[i % cities.length]
    const step = Math.floor(i / cities.length)
    return {
      ...template,
      id: `load-station-${i}`,
      name: `黑水县驻${city.city}第${i + 1}服务点`,
      province: city.province,
      city: city.city,
      location: { lat: city.location.lat + (step % 40) * 0.01, lng: city.location.lng + Math.floor(step / 40) * 0.01 },
      sample: false
    }
  })
}

/**
 * Consultations as the consult function stores them. A citizen may have only 5 open at once,
 * so a citizen's long history is of closed ones; the queue's are open ones of many citizens.
 */
export const insertManyConsultations = async (
  store: Store,
  { owner, status, day }: { owner: (i: number) => string; status: ConsultStatus; day: string },
  count = MANY
) => {
  const now = Date.now()
  for (let i = 0; i < count; i += 1) {
    const created = new Date(now - (i + 1) * 3600_000).toISOString()
    const consultation = storedConsultation(`load-${day}-${i}`, {
      ticket: `HS-${day}-${String(i + 1).padStart(4, '0')}`,
      ownerOpenid: owner(i),
      consentedAt: created,
      matter: MATTERS[i % MATTERS.length].id,
      channel: 'written',
      status,
      description: '在工地干了三个月，老板一直不发工资。',
      dueAt: new Date(now + (i % 100) * 3600_000).toISOString(),
      createdAt: created,
      updatedAt: created,
      statusChangedAt: created,
      citizenSeenAt: created
    })
    await store.unitOfWork((uow) => uow.saveConsultation(consultation, { events: [{ at: created, kind: 'created', actor: 'citizen' }] }))
  }
}

export const recordManyAuditEntries = async (store: Store, actor: { openid: string; name: string }, count = MANY) => {
  const start = Date.parse('2026-11-01T00:00:00Z')
  for (let i = 0; i < count; i += 1) {
    await store.audit.record({
      at: new Date(start + i * 60_000).toISOString(),
      actorOpenid: actor.openid,
      actorName: actor.name,
      action: 'view',
      detail: `第 ${i + 1} 次查看`
    })
  }
}

export const manyTips = (count = MANY) => Array.from({ length: count }, (_, i) => makeTip(`load-tip-${i}`, 'wage-labour', { title: `讨薪小贴士第${i + 1}条` }))
