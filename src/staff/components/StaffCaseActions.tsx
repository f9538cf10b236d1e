/**
 * What staff can do with a case now. Each answer of the cloud is the case as it now stands,
 * handed to `onChanged`, so the page shows it without a reload; a refusal (已被别人领取,
 * a move the state does not allow) is shown as the cloud said it.
 */
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { OUTCOMES, type OutcomeId, type StaffCase, type StaffProfile } from '@/core/contracts/staff'
import { useStorePoints } from '../hooks/use-store-points'
import type { Envelope } from '@/core/envelope'
import FormError from '@/components/FormError'
import { useCloudAction } from '@/hooks/use-cloud-action'
import { addNote, askCitizen, claimCase, closeCase, handOver, loadStaff, logCallback, releaseCase, replyToCase, reviewHeld } from '@/services/staff'
import { availableActions } from '../case-rules'
import Chips from './Chips'
import Field from '@/components/Field'
import TipPicker from './TipPicker'

type Mode = 'none' | 'reply' | 'ask' | 'callback' | 'handOver' | 'note' | 'close'

interface Props {
  c: StaffCase
  me: StaffProfile
  onChanged: (next: StaffCase) => void
}

export default function StaffCaseActions({ c, me, onChanged }: Props) {
  const points = useStorePoints()
  const can = availableActions(c, me)
  const [mode, setMode] = useState<Mode>('none')
  const [text, setText] = useState('')
  const [tipIds, setTipIds] = useState<string[]>([])
  const [outcome, setOutcome] = useState<OutcomeId | null>(null)
  const [target, setTarget] = useState<{ pointId: string } | { openid: string } | null>(null)
  const [colleagues, setColleagues] = useState<StaffProfile[]>([])
  const { busy, problem, run: runAction, clear } = useCloudAction()

  const open = (next: Mode) => {
    setMode(next)
    setText('')
    clear()
    if (next === 'handOver') {
      setTarget(null)
      // Only admins may list staff; others hand over to a point.
      void loadStaff().then((r) => setColleagues(r.ok ? r.data.filter((s) => s.openid !== me.openid) : []))
    }
  }

  const run = (action: () => Promise<Envelope<StaffCase>>) =>
    runAction(action, (next) => {
      setMode('none')
      setText('')
      setTipIds([])
      setOutcome(null)
      onChanged(next)
    })

  const reject = async () => {
    const { confirm } = await Taro.showModal({
      title: '不通过？',
      content: '不通过会结束这个咨询，群众会看到：内容不符合要求，请拨打 12348 咨询。',
      confirmText: '不通过',
      cancelText: '再看看'
    })
    if (confirm) void run(() => reviewHeld(c.id, false))
  }

  const submitButton = (label: string, action: () => Promise<Envelope<StaffCase>>) => (
    <>
      <FormError message={problem} />
      <View className='staff-buttons'>
        <Button className='button primary' loading={busy} disabled={busy} onClick={() => void run(action)}>
          {label}
        </Button>
        <Button className='button' disabled={busy} onClick={() => setMode('none')}>
          返回
        </Button>
      </View>
    </>
  )

  const buttons: Array<[boolean, string, () => void, boolean?]> = [
    [can.review, '审核通过', () => void run(() => reviewHeld(c.id, true)), true],
    [can.review, '不通过', () => void reject()],
    [can.claim, '领取', () => void run(() => claimCase(c.id)), true],
    [can.reply, '答复', () => open('reply'), true],
    [can.ask, '请补充', () => open('ask')],
    [can.callback, '记录回电', () => open('callback')],
    [can.close, '结案', () => open('close')],
    [can.handOver, '转交', () => open('handOver')],
    [can.release, '放回队列', () => void run(() => releaseCase(c.id))],
    [can.note, '内部备注', () => open('note')]
  ]

  return (
    <View className='card stack staff-actions'>
      <Text className='text-title'>处理</Text>
      {c.callbackAttempts > 0 && (
        <Text className='staff-callbacks'>
          回电没打通 {c.callbackAttempts} 次{c.escalated ? '；已转为加急处理' : ''}
        </Text>
      )}
      {mode === 'none' && (
        <>
          <View className='staff-buttons'>
            {buttons
              .filter(([shown]) => shown)
              .map(([, label, onClick, primary]) => (
                <Button key={label} className={primary ? 'button primary' : 'button'} loading={busy} disabled={busy} onClick={onClick}>
                  {label}
                </Button>
              ))}
          </View>
          <FormError message={problem} />
        </>
      )}

      {mode === 'reply' && (
        <>
          <Field label='答复内容' value={text} onChange={setText} multiline maxlength={2000} placeholder='用群众听得懂的话写' />
          <TipPicker selected={tipIds} onChange={setTipIds} />
          {submitButton('发送答复', () => replyToCase(c.id, text, tipIds))}
        </>
      )}
      {mode === 'ask' && (
        <>
          <Field label='请群众补充什么' value={text} onChange={setText} multiline maxlength={2000} placeholder='比如：请说一下老板的名字和工地地址' />
          {submitButton('发送', () => askCitizen(c.id, text))}
        </>
      )}
      {mode === 'note' && (
        <>
          <Field label='内部备注（群众看不到）' value={text} onChange={setText} multiline maxlength={2000} />
          {submitButton('保存备注', () => addNote(c.id, text))}
        </>
      )}
      {mode === 'callback' && (
        <>
          <Field label='回电情况（可以不写）' value={text} onChange={setText} placeholder='比如：关机' />
          <FormError message={problem} />
          <View className='staff-buttons'>
            <Button className='button primary' loading={busy} disabled={busy} onClick={() => void run(() => logCallback(c.id, true, text))}>
              打通了
            </Button>
            <Button className='button' loading={busy} disabled={busy} onClick={() => void run(() => logCallback(c.id, false, text))}>
              没打通
            </Button>
          </View>
          <Button className='button' disabled={busy} onClick={() => setMode('none')}>
            返回
          </Button>
        </>
      )}
      {mode === 'handOver' && (
        <>
          <Text>交给哪个服务点</Text>
          <Chips
            label='交给哪个服务点'
            options={points.map((p) => ({ id: p.id, label: p.name }))}
            selected={target && 'pointId' in target ? [target.pointId] : []}
            onToggle={(id) => setTarget({ pointId: id })}
          />
          {colleagues.length > 0 && (
            <>
              <Text>或者交给哪位工作人员</Text>
              <Chips
                label='交给哪位工作人员'
                options={colleagues.map((s) => ({ id: s.openid, label: s.name }))}
                selected={target && 'openid' in target ? [target.openid] : []}
                onToggle={(id) => setTarget({ openid: id })}
              />
            </>
          )}
          <Field label='交接说明' value={text} onChange={setText} multiline maxlength={200} placeholder='为什么转交，已经做了什么' />
          {submitButton('确认转交', () =>
            target
              ? handOver(c.id, target, text)
              : Promise.resolve({ ok: false, error: { code: 'INPUT.INVALID', message: '请选择交给哪个服务点，或哪位工作人员' } } as const)
          )}
        </>
      )}
      {mode === 'close' && (
        <>
          <Text>结果是</Text>
          <Chips label='结案结果' options={OUTCOMES} selected={outcome ? [outcome] : []} onToggle={setOutcome} />
          <Field label='结案说明（可以不写）' value={text} onChange={setText} />
          {submitButton('确认结案', () =>
            outcome ? closeCase(c.id, outcome, text) : Promise.resolve({ ok: false, error: { code: 'INPUT.INVALID', message: '请选择结果' } } as const)
          )}
        </>
      )}
    </View>
  )
}
