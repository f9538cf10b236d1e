/** The row of actions allowed now (or a line saying there are none), and the last problem under it. */
import { Button, Text, View } from '@tarojs/components'
import FormError from '@/components/FormError'

export interface ActionButton {
  shown: boolean
  label: string
  onClick: () => void
  primary?: boolean
}

export default function ActionButtons({ buttons, busy, problem }: { buttons: ActionButton[]; busy: boolean; problem: string | null }) {
  const shown = buttons.filter((b) => b.shown)
  return (
    <>
      {shown.length === 0 && <Text className='text-small'>现在没有您可以做的操作。</Text>}
      <View className='staff-buttons'>
        {shown.map((b) => (
          <Button key={b.label} className={b.primary ? 'button primary' : 'button'} loading={busy} disabled={busy} onClick={b.onClick}>
            {b.label}
          </Button>
        ))}
      </View>
      <FormError message={problem} />
    </>
  )
}

/** Under an action's form: its problem, send, and back to the buttons. */
export function FormFooter({
  label,
  onSend,
  onBack,
  busy,
  problem
}: {
  label: string
  onSend: () => void
  onBack: () => void
  busy: boolean
  problem: string | null
}) {
  return (
    <>
      <FormError message={problem} />
      <View className='staff-buttons'>
        <Button className='button primary' loading={busy} disabled={busy} onClick={onSend}>
          {label}
        </Button>
        <Button className='button' disabled={busy} onClick={onBack}>
          返回
        </Button>
      </View>
    </>
  )
}
