/**
 * What staff can do with a legal-aid application now: claim it, ask once for what is missing,
 * grant (or grant first when urgent, 第四十四条), appoint the 承办人, refuse with a reason the
 * citizen reads with how to object (第四十九条), deem it withdrawn after the supplement due day,
 * close it. Each one is checked, confirmed and sent by `useApplicationAction`.
 */
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { AssignSchema, CloseApplicationSchema, RefuseSchema, RequestMaterialsSchema, type ApplicationDetail } from '@/core/contracts/apply'
import { county } from '@/core/county/current'
import { APPOINT_WITHIN_DAYS, objectionText, SUPPLEMENT_WITHIN_DAYS } from '@/core/domain/legal-aid-law'
import { formatShanghaiTime } from '@/core/domain/time'
import Field from '@/components/Field'
import { assignHelper, claimApplication, closeAid, deemWithdrawn, grantAid, refuseAid, requestMaterials, type Assignee } from '@/services/staff-applications'
import type { ApplicationActionsAvailable } from '../application-actions'
import type { ApplicationActionRunner } from '../hooks/use-application-action'
import ActionButtons, { FormFooter } from './ActionButtons'
import Chips from './Chips'

/** Said before a request for materials: it can be made once, and what follows if unanswered. */
export const ASK_ONCE_WARNING = `一次性告知：只能要求补充一次，请把缺的材料全部写上。群众要在 ${SUPPLEMENT_WITHIN_DAYS} 天内补齐，到期没有补齐的，视为撤回申请（法律援助法第四十三条）。等材料的时间不算在 7 天审查期限里。`

/** Why aid may be given first (第四十四条), shown beside the button. */
export const GRANT_FIRST_TEXT =
  '先行援助（法律援助法第四十四条）：离起诉、仲裁或复议的期限不到 7 天，或者要马上保全证据、财产的，可以先提供法律援助，材料以后再补、再审查。'

type Mode = 'none' | 'request' | 'assign' | 'refuse' | 'close'
const NO_ASSIGNEE = { kind: null as Assignee['kind'] | null, name: '', phone: '' }

interface Props {
  a: ApplicationDetail
  can: ApplicationActionsAvailable
  action: ApplicationActionRunner
}

export default function AidActions({ a, can, action }: Props) {
  const [mode, setMode] = useState<Mode>('none')
  const [text, setText] = useState('')
  const [assignee, setAssignee] = useState(NO_ASSIGNEE)
  const { busy, problem, submit, reset } = action

  const open = (next: Mode) => {
    setMode(next)
    setText('')
    setAssignee(NO_ASSIGNEE)
    reset()
  }
  const done = () => open('none')
  const footer = (label: string, onSend: () => void) => <FormFooter label={label} onSend={onSend} onBack={done} busy={busy} problem={problem} />
  const dueAt = a.aid?.materialsRequest?.dueAt

  const sendAssignee = () => {
    const chosen = { kind: assignee.kind ?? undefined, name: assignee.name, ...(assignee.phone.trim() ? { phone: assignee.phone.trim() } : {}) }
    void submit(
      { schema: AssignSchema, payload: { id: a.id, assignee: chosen } },
      { title: '指派承办人？', content: `指派给${assignee.kind === 'station' ? '服务站' : '律师'} ${assignee.name.trim()}。`, confirmText: '指派' },
      // The contract's check above has made sure the kind is chosen.
      () => assignHelper(a.id, chosen as Assignee),
      done
    )
  }

  if (mode === 'request') {
    return (
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
        {footer('发出补充要求', () =>
          submit(
            { schema: RequestMaterialsSchema, payload: { id: a.id, text } },
            { title: '发出补充要求？', content: '只能要求一次，发出后不能再要求补充第二次。', confirmText: '发出' },
            () => requestMaterials(a.id, text),
            done
          )
        )}
      </>
    )
  }
  if (mode === 'assign') {
    return (
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
        {footer('确认指派', sendAssignee)}
      </>
    )
  }
  if (mode === 'refuse') {
    return (
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
        {footer('确认不予援助', () =>
          submit(
            { schema: RefuseSchema, payload: { id: a.id, reason: text } },
            { title: '不予援助？', content: '群众会收到理由和提出异议的办法。', confirmText: '不予援助' },
            () => refuseAid(a.id, text),
            done
          )
        )}
      </>
    )
  }
  if (mode === 'close') {
    return (
      <>
        <Field label='办结说明（可以不写）' value={text} onChange={setText} multiline maxlength={500} />
        {footer('确认办结', () =>
          submit(
            { schema: CloseApplicationSchema, payload: { id: a.id, ...(text.trim() ? { note: text.trim() } : {}) } },
            { title: '办结这个案件？', content: '办结后，这个法律援助案件就结束了。', confirmText: '办结' },
            () => closeAid(a.id, text),
            done
          )
        )}
      </>
    )
  }

  return (
    <>
      <ActionButtons
        busy={busy}
        problem={problem}
        buttons={[
          {
            shown: can.claim,
            label: '领取',
            primary: true,
            onClick: () =>
              void submit(null, { title: '领取这个申请？', content: '领取后由您审查和处理，别人不能再处理。', confirmText: '领取' }, () =>
                claimApplication(a.id)
              )
          },
          {
            shown: can.grant,
            label: '准予援助',
            primary: true,
            onClick: () =>
              void submit(
                null,
                { title: '准予法律援助？', content: `准予后要在 ${APPOINT_WITHIN_DAYS} 天内指派承办人（法律援助法第四十三条）。`, confirmText: '准予' },
                () => grantAid(a.id, false)
              )
          },
          {
            shown: can.grantFirst,
            label: '先行援助',
            onClick: () => void submit(null, { title: '先行提供法律援助？', content: GRANT_FIRST_TEXT, confirmText: '先行援助' }, () => grantAid(a.id, true))
          },
          { shown: can.assign, label: '指派承办人', primary: true, onClick: () => open('assign') },
          { shown: can.requestMaterials, label: '一次性告知补充材料', onClick: () => open('request') },
          { shown: can.refuse, label: '不予援助', onClick: () => open('refuse') },
          {
            shown: can.deemWithdrawn,
            label: '视为撤回',
            onClick: () =>
              void submit(
                null,
                {
                  title: '视为撤回？',
                  content: `群众没有在 ${dueAt ? formatShanghaiTime(dueAt) : '截止日'} 前补齐材料。视为撤回后，这个申请就结束了（法律援助法第四十三条）。`,
                  confirmText: '视为撤回'
                },
                () => deemWithdrawn(a.id)
              )
          },
          { shown: can.close, label: '办结', primary: true, onClick: () => open('close') }
        ]}
      />
      {can.grantFirst && <Text className='text-small'>{GRANT_FIRST_TEXT}</Text>}
    </>
  )
}
