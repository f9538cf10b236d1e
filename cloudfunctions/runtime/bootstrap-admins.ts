/**
 * The first admins come from deploy configuration (ADMIN_OPENIDS, comma-separated, set on the
 * cloud function): without them nobody could issue the first invite. Those OPENIDs become
 * admins on their first call; everyone else becomes staff only through an invite.
 */
import type { Store } from '../store/port'

export const adminOpenidsFrom = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)

export const ensureBootstrapAdmin = async (store: Store, openid: string | null, admins: readonly string[]): Promise<void> => {
  if (!openid || !admins.includes(openid) || (await store.staff.get(openid))) return
  await store.staff.upsert({ openid, role: 'admin', kind: 'admin', pointIds: [], name: '管理员' })
}
