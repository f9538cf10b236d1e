/**
 * One staff action on an application: checked with the shared contract first (a short reason
 * is refused here, before anything is sent), then confirmed, then sent. The cloud's answer is
 * the application as it now stands, handed to `onChanged`. A refusal of the cloud (已被别人领取,
 * 已经一次性告知过…) is shown as the cloud said it, and the application is read again, so the
 * buttons match what it now is.
 */
import { useState } from 'react'
import Taro from '@tarojs/taro'
import type { ApplicationDetail } from '@/core/contracts/apply'
import type { Envelope } from '@/core/envelope'
import { parseWith } from '@/core/validation'
import type { z } from '@/core/zod'
import { useCloudAction } from '@/hooks/use-cloud-action'
import { loadApplication } from '@/services/staff-applications'

/** The confirm dialog's words. */
export interface Ask {
  title: string
  content: string
  confirmText: string
}

type Call = () => Promise<Envelope<ApplicationDetail>>

export const useApplicationAction = (a: Pick<ApplicationDetail, 'id'>, onChanged: (next: ApplicationDetail) => void) => {
  const [checkProblem, setCheckProblem] = useState<string | null>(null)
  const { busy, problem, run, clear } = useCloudAction()

  const refreshedWhenRefused =
    (call: Call): Call =>
    async () => {
      const answer = await call()
      if (!answer.ok) {
        const fresh = await loadApplication(a.id)
        if (fresh.ok) onChanged(fresh.data)
      }
      return answer
    }

  /** `check`: the contract's schema and the payload it must accept (none for a plain button). */
  const submit = async (check: { schema: z.ZodType; payload: unknown } | null, ask: Ask, call: Call, onDone: () => void = () => {}) => {
    clear()
    const checked = check ? parseWith(check.schema, check.payload) : null
    if (checked && !checked.ok) return setCheckProblem(checked.issues[0]?.message ?? '填写的内容有问题')
    setCheckProblem(null)
    const { confirm } = await Taro.showModal({ ...ask, cancelText: '再想想' })
    if (!confirm) return
    await run(refreshedWhenRefused(call), (next) => {
      onDone()
      onChanged(next)
    })
  }

  /** Forgets the last problem (another form opened). */
  const reset = () => {
    setCheckProblem(null)
    clear()
  }

  return { busy, problem: checkProblem ?? problem, submit, reset }
}

export type ApplicationActionRunner = ReturnType<typeof useApplicationAction>
