/**
 * The local cloud's sign-in (`POST /api/_local/login`). It exists only in the local cloud —
 * on WeChat identity comes from the platform — and lets a tester be a citizen or staff persona.
 */
import { z } from '../zod'
import type { Role } from '../roles'

export const PERSONAS = ['citizen', 'staff', 'admin'] as const
export type Persona = (typeof PERSONAS)[number]

export const LocalLoginSchema = z.object({
  persona: z.enum(PERSONAS, { error: '请选择身份：群众、工作人员或管理员' }),
  name: z.string().trim().min(1, '请填写名字').max(20, '名字不能超过 20 个字')
})
export type LocalLogin = z.infer<typeof LocalLoginSchema>

export interface LocalSession {
  token: string
  openid: string
  role: Role
}
