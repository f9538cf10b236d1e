/**
 * What a township's mediation staff can do with a request now: accept it (which makes them its
 * holder), decline it with the reason, or record how the mediation ended. Before sending, each
 * form shows what the citizen will read (MEDIATION_OUTCOMES, 人民调解法).
 */
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { DeclineMediationSchema, MediationOutcomeSchema, type ApplicationDetail } from '@/core/contracts/apply'
import { MEDIATION_OUTCOMES, mediationOutcomeOf } from '@/core/domain/mediation-law'
import Field from '@/components/Field'
import { acceptMediation, declineMediation, recordMediationOutcome } from '@/services/staff-applications'
import type { ApplicationActionsAvailable } from '../application-actions'
import type { ApplicationActionRunner } from '../hooks/use-application-action'
import ActionButtons, { FormFooter } from './ActionButtons'
import Chips from './Chips'

type Mode = 'none' | 'decline' | 'outcome'
type Outcome = 'succeeded' | 'failed'
/** The outcomes staff record; 不受理 has its own form. */
const RECORDED = MEDIATION_OUTCOMES.filter((o): o is Extract<(typeof MEDIATION_OUTCOMES)[number], { id: Outcome }> => o.id !== 'declined')
const DECLINED = mediationOutcomeOf('declined')

/** What the citizen will read besides the staff member's own words. */
const CitizenReads = ({ intro, outcome }: { intro: string; outcome: { meaning: string; next: string } }) => (
  <View className='staff-note' role='note'>
    <Text className='text-small'>{intro}</Text>
    <Text>{outcome.meaning}</Text>
    <Text>{outcome.next}</Text>
  </View>
)

interface Props {
  a: ApplicationDetail
  can: ApplicationActionsAvailable
  action: ApplicationActionRunner
}

export default function MediationActions({ a, can, action }: Props) {
  const [mode, setMode] = useState<Mode>('none')
  const [text, setText] = useState('')
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const { busy, problem, submit, reset } = action

  const open = (next: Mode) => {
    setMode(next)
    setText('')
    setOutcome(null)
    reset()
  }
  const done = () => open('none')
  const chosen = outcome ? mediationOutcomeOf(outcome) : null

  if (mode === 'decline') {
    return (
      <>
        <Field label='不受理的原因' value={text} onChange={setText} multiline maxlength={500} placeholder='比如：对方明确表示不愿意调解' />
        <CitizenReads intro='群众会看到这个原因，还有：' outcome={DECLINED} />
        <FormFooter
          label='确认不受理'
          busy={busy}
          problem={problem}
          onBack={done}
          onSend={() =>
            void submit(
              { schema: DeclineMediationSchema, payload: { id: a.id, reason: text } },
              { title: '不受理这个调解申请？', content: '群众会收到不受理的原因。', confirmText: '不受理' },
              () => declineMediation(a.id, text),
              done
            )
          }
        />
      </>
    )
  }
  if (mode === 'outcome') {
    return (
      <>
        <Text>调解结果</Text>
        <Chips label='调解结果' options={RECORDED} selected={outcome ? [outcome] : []} onToggle={setOutcome} />
        <Field label='结果说明' value={text} onChange={setText} multiline maxlength={1000} placeholder='比如：双方同意分两个月付清 8000 元' />
        {chosen && <CitizenReads intro='群众会看到：' outcome={chosen} />}
        <FormFooter
          label='确认记录'
          busy={busy}
          problem={problem}
          onBack={done}
          onSend={() =>
            void submit(
              { schema: MediationOutcomeSchema, payload: { id: a.id, outcome: outcome ?? undefined, note: text } },
              { title: `记录为${chosen?.label ?? ''}？`, content: '记录后调解就结束了，群众会看到结果和下一步怎么办。', confirmText: '记录' },
              // The contract's check above has made sure an outcome is chosen.
              () => recordMediationOutcome(a.id, outcome as Outcome, text),
              done
            )
          }
        />
      </>
    )
  }

  return (
    <ActionButtons
      busy={busy}
      problem={problem}
      buttons={[
        {
          shown: can.accept,
          label: '受理',
          primary: true,
          onClick: () =>
            void submit(null, { title: '受理这个调解申请？', content: '受理后由您负责调解，群众会看到已受理。', confirmText: '受理' }, () =>
              acceptMediation(a.id)
            )
        },
        { shown: can.recordOutcome, label: '记录结果', primary: true, onClick: () => open('outcome') },
        { shown: can.decline, label: '不受理', onClick: () => open('decline') }
      ]}
    />
  )
}
