/**
 * Becoming staff: an admin makes an invite (role, points, expiry) and shares its code once; the
 * person enters it to bind their WeChat identity. Codes are single-use, expire, can be revoked,
 * and only their hash is stored.
 */
import crypto from 'node:crypto'
import { STAFF_KINDS, type CreateInviteSchema, type InviteView, type StaffProfile } from '../../../src/core/contracts/staff'
import type { z } from '../../../src/core/zod'
import type { StaffMember, StoredInvite } from '../../store/port'
import { AppFailure, notFound } from '../../runtime/failure'
import type { SignedInContext, StaffContext } from '../../runtime/context'
import { activePoint } from '../consult/booking-point'
import { audit } from './member'

/** No 0/O or 1/I: codes are read out over the phone. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
const hashOf = (code: string) => crypto.createHash('sha256').update(code).digest('hex')

const newCode = (): string => Array.from({ length: 8 }, () => ALPHABET[crypto.randomInt(ALPHABET.length)]).join('')

const viewOf = (invite: StoredInvite, now: Date): InviteView => ({
  id: invite.id,
  kind: invite.kind,
  name: invite.name,
  pointIds: invite.pointIds,
  expiresAt: invite.expiresAt,
  state: invite.usedAt ? 'used' : invite.revokedAt ? 'revoked' : invite.expiresAt <= now.toISOString() ? 'expired' : 'open'
})

export const profileOf = ({ openid, name, role, kind, pointIds, townships }: StaffMember): StaffProfile => ({
  openid,
  name,
  role,
  kind,
  pointIds,
  townships: townships ?? []
})

export const createInvite = async (ctx: StaffContext, input: z.output<typeof CreateInviteSchema>) => {
  const admin = ctx.caller.member
  if (input.kind === 'station' && input.pointIds.length === 0) {
    throw new AppFailure('INPUT.INVALID', '驻外工作站的工作人员要选择负责的服务站', [{ path: 'pointIds', message: '请至少选择一个服务站' }])
  }
  const points = await Promise.all(input.pointIds.map((id) => activePoint(ctx, id)))
  if (points.some((p) => !p)) throw new AppFailure('INPUT.INVALID', '有的服务点不存在', [{ path: 'pointIds', message: '请重新选择服务点' }])
  const now = ctx.now()
  const code = newCode()
  const invite: StoredInvite = {
    id: crypto.randomUUID(),
    codeHash: hashOf(code),
    kind: input.kind,
    name: input.name,
    pointIds: input.kind === 'station' ? input.pointIds : [],
    createdBy: admin.openid,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + input.expiresInDays * 86_400_000).toISOString()
  }
  await ctx.store.invites.create(invite)
  await audit(ctx, admin, 'invite.create', undefined, `${invite.name}（${STAFF_KINDS.find((k) => k.id === invite.kind)!.label}）`)
  return { code, invite: viewOf(invite, now) }
}

export const redeemInvite = async (ctx: SignedInContext, code: string): Promise<StaffProfile> => {
  const openid = ctx.caller.openid
  const invite = await ctx.store.invites.redeem(hashOf(code), openid, ctx.now().toISOString())
  if (!invite) throw new AppFailure('AUTH.FORBIDDEN', '邀请码不对，或已经用过、过期、被撤销。请向管理员要新的邀请码')
  const member: StaffMember = { openid, name: invite.name, kind: invite.kind, pointIds: invite.pointIds, role: invite.kind === 'admin' ? 'admin' : 'staff' }
  await ctx.store.staff.upsert(member)
  await audit(ctx, member, 'invite.redeem')
  return profileOf(member)
}

export const listInvites = async (ctx: StaffContext) => {
  const now = ctx.now()
  return (await ctx.store.invites.list()).map((i) => viewOf(i, now))
}

export const revokeInvite = async (ctx: StaffContext, id: string) => {
  const admin = ctx.caller.member
  const revoked = await ctx.store.invites.revoke(id, ctx.now().toISOString())
  if (!revoked) throw notFound('还能撤销的邀请')
  await audit(ctx, admin, 'invite.revoke', undefined, revoked.name)
  return viewOf(revoked, ctx.now())
}

export const listStaff = async (ctx: StaffContext) => (await ctx.store.staff.list()).map(profileOf)

/** An admin sets the townships whose mediation requests a member handles: only the county's own townships. */
export const setTownships = async (ctx: StaffContext, openid: string, townships: string[]): Promise<StaffProfile> => {
  const admin = ctx.caller.member
  const unknown = townships.find((name) => !ctx.county.townships.some((t) => t.name === name))
  if (unknown) throw new AppFailure('INPUT.INVALID', `${ctx.county.name}没有“${unknown}”，请重新选择乡镇`, [{ path: 'townships', message: '请重新选择乡镇' }])
  const member = await ctx.store.staff.get(openid)
  if (!member) throw notFound('工作人员')
  const updated: StaffMember = { ...member, townships: [...new Set(townships)] }
  await ctx.store.staff.upsert(updated)
  await audit(ctx, admin, 'staff.townships', undefined, `${member.name}：${updated.townships!.length ? updated.townships!.join('、') : '不负责乡镇'}`)
  return profileOf(updated)
}

export const removeStaff = async (ctx: StaffContext, openid: string) => {
  const admin = ctx.caller.member
  if (openid === admin.openid) throw new AppFailure('INPUT.INVALID', '不能移除自己，请让另一位管理员操作')
  // The trail names the person, not their OPENID.
  const name = (await ctx.store.staff.get(openid))?.name
  const removed = await ctx.store.staff.remove(openid)
  if (removed) await audit(ctx, admin, 'staff.remove', undefined, name)
  return { removed }
}
