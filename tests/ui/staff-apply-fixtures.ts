/** Applications as the `apply` function answers staff, typed by its contract, for the staff pages' tests. */
import type { ApplicationDetail, StaffApplicationItem } from '@/core/contracts/apply'
import type { StaffProfile } from '@/core/contracts/staff'

export const LAWYER: StaffProfile = { openid: 'o-lawyer-1', name: '王律师', role: 'staff', kind: 'lawyer', pointIds: [] }
export const OTHER_LAWYER: StaffProfile = { openid: 'o-lawyer-2', name: '李律师', role: 'staff', kind: 'lawyer', pointIds: [] }
export const ADMIN: StaffProfile = { openid: 'o-admin-1', name: '赵主任', role: 'admin', kind: 'admin', pointIds: [] }

/** The fields of a staff view held by this person. */
export const heldBy = (person: StaffProfile): Pick<ApplicationDetail, 'handler' | 'handlerName'> => ({
  handler: { openid: person.openid, name: person.name },
  handlerName: person.name
})

export const staffItem = (over: Partial<StaffApplicationItem> = {}): StaffApplicationItem => ({
  id: 'app-000001',
  ticket: 'HSY-20261201-0001',
  kind: 'aid',
  status: 'submitted',
  statusLabel: '已提交',
  title: '要工钱、确认劳动关系',
  createdAt: '2026-12-01T01:00:00.000Z',
  unseen: false,
  applicantName: '张三',
  township: '芦花镇',
  clock: { kind: 'decide', dueAt: '2026-12-08T01:00:00.000Z' },
  ...over
})

const base = {
  id: 'app-000001',
  ticket: 'HSY-20261201-0001',
  statusLabel: '已提交',
  createdAt: '2026-12-01T01:00:00.000Z',
  unseen: false,
  applicant: { name: '张三', phone: '13800138000', township: '芦花镇' },
  description: '在成都工地干了三个月，老板一直不给工钱，电话也不接。',
  nextStep: '法律援助中心会在 7 天内审查。',
  events: [{ at: '2026-12-01T01:00:00.000Z', kind: 'submitted' as const, text: '您提交了法律援助申请' }],
  familyFollow: true
}

export const aidApplication = (over: Partial<ApplicationDetail> = {}, aid: Partial<NonNullable<ApplicationDetail['aid']>> = {}): ApplicationDetail => ({
  ...base,
  kind: 'aid',
  status: 'submitted',
  title: '要工钱、确认劳动关系',
  aid: {
    matter: 'wages',
    finance: { kind: 'exempt', exemption: 'migrant-wages-injury' },
    materials: [
      { id: 'mat-1', kind: 'id-card', name: '身份证 1.jpg', type: 'image/jpeg', bytes: 800_000, addedAt: '2026-12-01T01:00:00.000Z' },
      { id: 'mat-2', kind: 'evidence', name: '证据 2.pdf', type: 'application/pdf', bytes: 2_400_000, addedAt: '2026-12-01T01:00:00.000Z' }
    ],
    decideBy: '2026-12-08T01:00:00.000Z',
    ...aid
  },
  ...over
})

export const mediationRequest = (over: Partial<ApplicationDetail> = {}): ApplicationDetail => ({
  ...base,
  id: 'app-000002',
  ticket: 'HST-20261201-0001',
  kind: 'mediation',
  status: 'submitted',
  title: '邻里纠纷',
  mediation: { category: 'neighbour', township: '卡龙镇', committee: '卡龙镇人民调解委员会', otherParty: { name: '李四' } },
  ...over
})
