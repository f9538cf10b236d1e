/**
 * What staff can do with an application now. Every action is checked with the shared contract
 * first (a short reason is refused here, before anything is sent), then confirmed, then sent;
 * the cloud's answer is the application as it now stands, handed to `onChanged`. A refusal of
 * the cloud (已被别人领取, 已经一次性告知过…) is shown as the cloud said it, and the application
 * is read again.
 */
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import {
  AssignSchema,
  CloseApplicationSchema,
  DeclineMediationSchema,
  MediationOutcomeSchema,
  RefuseSchema,
  RequestMaterialsSchema,
  type ApplicationDetail
} from '@/core/contracts/apply'
import type { StaffProfile } from '@/core/contracts/staff'
import { county } from '@/core/county/current'
import type { Envelope } from '@/core/envelope'
import { APPOINT_WITHIN_DAYS, objectionText, SUPPLEMENT_WITHIN_DAYS } from '@/core/domain/legal-aid-law'
import { MEDIATION_OUTCOMES, mediationOutcomeOf } from '@/core/domain/mediation-law'
import { formatShanghaiTime } from '@/core/domain/time'
import type { z } from '@/core/zod'
import { parseWith } from '@/core/validation'
import Field from '@/components/Field'
import FormError from '@/components/FormError'
import { useCloudAction } from '@/hooks/use-cloud-action'
import {
  acceptMediation,
  assignHelper,
  claimApplication,
  closeAid,
  declineMediation,
  deemWithdrawn,
  grantAid,
  loadApplication,
  recordMediationOutcome,
  refuseAid,
  requestMaterials
} from '@/services/staff-applications'
import { availableApplicationActions } from '../application-actions'
import Chips from './Chips'

type Mode = 'none' | 'request' | 'assign' | 'refuse' | 'close' | 'decline' | 'outcome'
type Outcome = 'succeeded' | 'failed'

/** Said before a request for materials: it can be made once, and what follows if unanswered. */
export const ASK_ONCE_WARNING = `一次性告知：只能要求补充一次，请把缺的材料全部写上。群众要在 ${SUPPLEMENT_WITHIN_DAYS} 天内补齐，到期没有补齐的，视为撤回申请（法律援助法第四十三条）。等材料的时间不算在 7 天审查期限里。`

/** Why aid may be given first (第四十四条), shown beside the button. */
export const GRANT_FIRST_TEXT =
  '先行援助（法律援助法第四十四条）：离起诉、仲裁或复议的期限不到 7 天，或者要马上保全证据、财产的，可以先提供法律援助，材料以后再补、再审查。'

interface Props {
  a: ApplicationDetail
  me: StaffProfile
  onChanged: (next: ApplicationDetail) => void
}

interface Ask {
  title: string
  content: string
  confirmText: string
}

export default function ApplicationActions({ a, me, onChanged }: Props) {
  const can = availableApplicationActions(a, me)
  const [mode, setMode] = useState<Mode>('none')
  const [text, setText] = useState('')
  const [assignee, setAssignee] = useState<{ kind: 'lawyer' | 'station' | null; name: string; phone: string }>({ kind: null, name: '', phone: '' })
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [checkProblem, setCheckProblem] = useState<string | null>(null)
  const { busy, problem, run, clear } = useCloudAction()
  const shownProblem = checkProblem ?? problem

  const open = (next: Mode) => {
    setMode(next)
    setText('')
    setOutcome(null)
    setAssignee({ kind: null, name: '', phone: '' })
    setCheckProblem(null)
    clear()
  }

  /**
   * A refused action (someone else claimed it first, the citizen withdrew meanwhile) shows the
   * cloud's words over the application as it now stands, so the buttons match it again.
   */
  const refreshedWhenRefused = (call: () => Promise<Envelope<ApplicationDetail>>) => async (): Promise<Envelope<ApplicationDetail>> => {
    const answer = await call()
    if (!answer.ok) {
      const fresh = await loadApplication(a.id)
      if (fresh.ok) onChanged(fresh.data)
    }
    return answer
  }

  /** Checks the payload with the contract, asks to confirm, then sends. */
  const submit = async <S extends z.ZodType>(schema: S | null, payload: unknown, ask: Ask, call: () => Promise<Envelope<ApplicationDetail>>) => {
    clear()
    const checked = schema ? parseWith(schema, payload) : null
    if (checked && !checked.ok) return setCheckProblem(checked.issues[0]?.message ?? '填写的内容有问题')
    setCheckProblem(null)
    const { confirm } = await Taro.showModal({ ...ask, cancelText: '再想想' })
    if (!confirm) return
    await run(refreshedWhenRefused(call), (next) => {
      open('none')
      onChanged(next)
    })
  }

  const formButtons = (label: string, send: () => void) => (
    <>
      <FormError message={shownProblem} />
      <View className='staff-buttons'>
        <Button className='button primary' loading={busy} disabled={busy} onClick={send}>
          {label}
        </Button>
        <Button className='button' disabled={busy} onClick={() => open('none')}>
          返回
        </Button>
      </View>
    </>
  )

  const dueAt = a.aid?.materialsRequest?.dueAt
  const buttons: Array<[boolean, string, () => void, boolean?]> = [
    [
      can.claim,
      '领取',
      () =>
        void submit(null, null, { title: '领取这个申请？', content: '领取后由您审查和处理，别人不能再处理。', confirmText: '领取' }, () =>
          claimApplication(a.id)
        ),
      true
    ],
    [
      can.accept,
      '受理',
      () =>
        void submit(null, null, { title: '受理这个调解申请？', content: '受理后由您负责调解，群众会看到已受理。', confirmText: '受理' }, () =>
          acceptMediation(a.id)
        ),
      true
    ],
    [
      can.grant,
      '准予援助',
      () =>
        void submit(
          null,
          null,
          { title: '准予法律援助？', content: `准予后要在 ${APPOINT_WITHIN_DAYS} 天内指派承办人（法律援助法第四十三条）。`, confirmText: '准予' },
          () => grantAid(a.id, false)
        ),
      true
    ],
    [
      can.grantFirst,
      '先行援助',
      () => void submit(null, null, { title: '先行提供法律援助？', content: GRANT_FIRST_TEXT, confirmText: '先行援助' }, () => grantAid(a.id, true))
    ],
    [can.assign, '指派承办人', () => open('assign'), true],
    [can.requestMaterials, '一次性告知补充材料', () => open('request')],
    [can.refuse, '不予援助', () => open('refuse')],
    [
      can.deemWithdrawn,
      '视为撤回',
      () =>
        void submit(
          null,
          null,
          {
            title: '视为撤回？',
            content: `群众没有在 ${dueAt ? formatShanghaiTime(dueAt) : '截止日'} 前补齐材料。视为撤回后，这个申请就结束了（法律援助法第四十三条）。`,
            confirmText: '视为撤回'
          },
          () => deemWithdrawn(a.id)
        )
    ],
    [can.close, '办结', () => open('close'), true],
    [can.recordOutcome, '记录结果', () => open('outcome'), true],
    [can.decline, '不受理', () => open('decline')]
  ]
  const shown = buttons.filter(([on]) => on)
  const chosenOutcome = outcome ? mediationOutcomeOf(outcome) : null
  const declined = mediationOutcomeOf('declined')

  return (
    <View className='card stack staff-actions'>
      <Text className='text-title'>处理</Text>
      {mode === 'none' && (
        <>
          {shown.length === 0 && <Text className='text-small'>现在没有您可以做的操作。</Text>}
          <View className='staff-buttons'>
            {shown.map(([, label, onClick, primary]) => (
              <Button key={label} className={primary ? 'button primary' : 'button'} loading={busy} disabled={busy} onClick={onClick}>
                {label}
              </Button>
            ))}
          </View>
          {can.grantFirst && <Text className='text-small'>{GRANT_FIRST_TEXT}</Text>}
          <FormError message={shownProblem} />
        </>
      )}

      {mode === 'request' && (
        <>
          <View className='staff-warning' role='note'>
            <Text>{ASK_ONCE_WARNING}</Text>
          </View>
          <Field
            label='缺少的材料（一次写全）'
            value={text}
            onChange={setText}
            multiline
            maxlength={1000}
            placeholder='比如：身份证反面照片；2026年9月到11月的工资条'
          />
          {formButtons(
            '发出补充要求',
            () =>
              void submit(
                RequestMaterialsSchema,
                { id: a.id, text },
                { title: '发出补充要求？', content: '只能要求一次，发出后不能再要求补充第二次。', confirmText: '发出' },
                () => requestMaterials(a.id, text)
              )
          )}
        </>
      )}

      {mode === 'assign' && (
        <>
          <Text>承办人是</Text>
          <Chips
            label='承办人是'
            options={[
              { id: 'lawyer', label: '律师' },
              { id: 'station', label: '服务站' }
            ]}
            selected={assignee.kind ? [assignee.kind] : []}
            onToggle={(kind) => setAssignee((v) => ({ ...v, kind }))}
          />
          <Field label='承办人名字' value={assignee.name} onChange={(name) => setAssignee((v) => ({ ...v, name }))} placeholder='比如：李律师、卡龙镇司法所' />
          <Field label='承办人电话（可以不写）' type='number' value={assignee.phone} onChange={(phone) => setAssignee((v) => ({ ...v, phone }))} />
          <Text className='text-small'>群众会看到承办人的名字和电话。</Text>
          {formButtons('确认指派', () => {
            const payload = {
              id: a.id,
              assignee: { kind: assignee.kind ?? undefined, name: assignee.name, ...(assignee.phone.trim() ? { phone: assignee.phone.trim() } : {}) }
            }
            void submit(
              AssignSchema,
              payload,
              { title: '指派承办人？', content: `指派给${assignee.kind === 'station' ? '服务站' : '律师'} ${assignee.name.trim()}。`, confirmText: '指派' },
              () => assignHelper(a.id, payload.assignee as z.input<typeof AssignSchema>['assignee'])
            )
          })}
        </>
      )}

      {mode === 'refuse' && (
        <>
          <Field
            label='不予援助的理由（至少 10 个字）'
            value={text}
            onChange={setText}
            multiline
            maxlength={1000}
            placeholder='用群众看得懂的话写，比如：家庭收入超过了本县的经济困难标准'
          />
          <View className='staff-note' role='note'>
            <Text className='text-small'>群众会看到这个理由，还有下面这段话：</Text>
            <Text>{objectionText(county.name)}</Text>
          </View>
          {formButtons(
            '确认不予援助',
            () =>
              void submit(
                RefuseSchema,
                { id: a.id, reason: text },
                { title: '不予援助？', content: '群众会收到理由和提出异议的办法。', confirmText: '不予援助' },
                () => refuseAid(a.id, text)
              )
          )}
        </>
      )}

      {mode === 'close' && (
        <>
          <Field label='办结说明（可以不写）' value={text} onChange={setText} multiline maxlength={500} />
          {formButtons(
            '确认办结',
            () =>
              void submit(
                CloseApplicationSchema,
                { id: a.id, ...(text.trim() ? { note: text.trim() } : {}) },
                { title: '办结这个案件？', content: '办结后，这个法律援助案件就结束了。', confirmText: '办结' },
                () => closeAid(a.id, text)
              )
          )}
        </>
      )}

      {mode === 'decline' && (
        <>
          <Field label='不受理的原因' value={text} onChange={setText} multiline maxlength={500} placeholder='比如：对方明确表示不愿意调解' />
          <View className='staff-note' role='note'>
            <Text className='text-small'>群众会看到这个原因，还有：</Text>
            <Text>{declined.meaning}</Text>
            <Text>{declined.next}</Text>
          </View>
          {formButtons(
            '确认不受理',
            () =>
              void submit(
                DeclineMediationSchema,
                { id: a.id, reason: text },
                { title: '不受理这个调解申请？', content: '群众会收到不受理的原因。', confirmText: '不受理' },
                () => declineMediation(a.id, text)
              )
          )}
        </>
      )}

      {mode === 'outcome' && (
        <>
          <Text>调解结果</Text>
          <Chips
            label='调解结果'
            options={MEDIATION_OUTCOMES.filter((o): o is Extract<(typeof MEDIATION_OUTCOMES)[number], { id: Outcome }> => o.id !== 'declined')}
            selected={outcome ? [outcome] : []}
            onToggle={setOutcome}
          />
          <Field label='结果说明' value={text} onChange={setText} multiline maxlength={1000} placeholder='比如：双方同意分两个月付清 8000 元' />
          {chosenOutcome && (
            <View className='staff-note' role='note'>
              <Text className='text-small'>群众会看到：</Text>
              <Text>{chosenOutcome.meaning}</Text>
              <Text>{chosenOutcome.next}</Text>
            </View>
          )}
          {formButtons(
            '确认记录',
            () =>
              void submit(
                MediationOutcomeSchema,
                { id: a.id, outcome: outcome ?? undefined, note: text },
                { title: `记录为${chosenOutcome?.label ?? ''}？`, content: '记录后调解就结束了，群众会看到结果和下一步怎么办。', confirmText: '记录' },
                () => recordMediationOutcome(a.id, outcome as Outcome, text)
              )
          )}
        </>
      )}
    </View>
  )
}
