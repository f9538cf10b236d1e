/**
 * Local sign-in for the local cloud only. A persona and name always map to the same OPENID
 * (a hash, so it survives restarts); the bearer token is that OPENID signed with a secret kept
 * beside the database. Roles still come from the staff table, as on WeChat.
 */
import crypto from 'node:crypto'
import type { LocalLogin, LocalSession } from '../../src/core/contracts/local'
import type { Store } from '../store/port'

export const localOpenid = ({ persona, name }: LocalLogin): string =>
  `local_${crypto.createHash('sha256').update(`${persona}\n${name}`).digest('hex').slice(0, 28)}`

const sign = (openid: string, secret: string): string => crypto.createHmac('sha256', secret).update(openid).digest('base64url')

export const signIn = async (login: LocalLogin, store: Store, secret: string): Promise<LocalSession> => {
  const openid = localOpenid(login)
  // The staff persona is a county-centre lawyer (every point); the admin persona an admin.
  if (login.persona === 'staff') await store.staff.upsert({ openid, role: 'staff', kind: 'lawyer', pointIds: [], name: login.name })
  if (login.persona === 'admin') await store.staff.upsert({ openid, role: 'admin', kind: 'admin', pointIds: [], name: login.name })
  return { token: `${openid}.${sign(openid, secret)}`, openid, role: login.persona }
}

/** The OPENID a bearer token proves, or null when it is missing, malformed or forged. */
export const openidOfToken = (authorization: string | undefined, secret: string): string | null => {
  const token = authorization?.match(/^Bearer (\S+)$/)?.[1]
  if (!token) return null
  // Exactly `openid.signature`: a token with extra segments is not one this gateway issued.
  const parts = token.split('.')
  if (parts.length !== 2) return null
  const [openid, signature] = parts
  if (!openid || !signature) return null
  const expected = Buffer.from(sign(openid, secret))
  const given = Buffer.from(signature)
  return expected.length === given.length && crypto.timingSafeEqual(expected, given) ? openid : null
}
