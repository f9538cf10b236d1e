/**
 * The one client of the cloud. Pages call `callCloud('tips', 'list', {...})` and get the
 * envelope back, never an exception. The payload is checked with the same contract the cloud
 * uses, so a form shows the cloud's messages without a round trip. The transport lives in
 * ./cloud-transport (no zod there, so the main package stays small).
 */
import { applyContract } from '@/core/contracts/apply'
import { consultContract } from '@/core/contracts/consult'
import { LocalLoginSchema, type LocalLogin, type LocalSession } from '@/core/contracts/local'
import { pointsContract } from '@/core/contracts/points'
import { staffContract } from '@/core/contracts/staff'
import { tipsContract } from '@/core/contracts/tips'
import { fail, type Envelope } from '@/core/envelope'
import { parseWith } from '@/core/validation'
import { postJson, sendToCloud, type ActionName, type Answer, type Contracts, type FunctionName, type Payload } from './cloud-transport'

const contracts: Contracts = { tips: tipsContract, consult: consultContract, points: pointsContract, staff: staffContract, apply: applyContract }

export const callCloud = async <F extends FunctionName, A extends ActionName<F>>(fn: F, action: A, payload: Payload<F, A>): Promise<Answer<F, A>> => {
  const contract = (contracts[fn] as Record<string, { payload: Parameters<typeof parseWith>[0] }>)[action]
  const checked = parseWith(contract.payload, payload)
  if (!checked.ok) return fail('INPUT.INVALID', '填写的内容有问题，请按提示修改', checked.issues)
  return sendToCloud(fn, action, payload)
}

/** Local cloud only: sign in as a persona. */
export const signInLocally = async (login: LocalLogin): Promise<Envelope<LocalSession>> => {
  const checked = parseWith(LocalLoginSchema, login)
  if (!checked.ok) return fail('INPUT.INVALID', '登录信息不对', checked.issues)
  return (await postJson('/api/_local/login', checked.data)) as Envelope<LocalSession>
}
