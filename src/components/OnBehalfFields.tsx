/**
 * Applying for someone else (a relative, a village official, station staff): whom for, how
 * related, and their consent confirmed. Shown under its switch; nothing is asked until it is on.
 */
import Field from './Field'
import FormError from './FormError'
import ToggleRow from './ToggleRow'

export interface OnBehalfDraft {
  personName: string
  relationship: string
  consentConfirmed: boolean
}

interface Props {
  on: boolean
  onToggle: (on: boolean) => void
  value: OnBehalfDraft
  onChange: (value: OnBehalfDraft) => void
  /** The problem with a field of it (personName, relationship, consentConfirmed), or null. */
  error: (field: keyof OnBehalfDraft) => string | null
}

export default function OnBehalfFields({ on, onToggle, value, onChange, error }: Props) {
  const patch = (change: Partial<OnBehalfDraft>) => onChange({ ...value, ...change })
  return (
    <>
      <ToggleRow label='我是替别人申请' checked={on} onChange={onToggle} />
      {on && (
        <>
          <Field label='当事人姓名' value={value.personName} onChange={(personName) => patch({ personName })} error={error('personName')} />
          <Field
            label='您和当事人的关系'
            value={value.relationship}
            onChange={(relationship) => patch({ relationship })}
            error={error('relationship')}
            placeholder='比如：儿子、村干部'
          />
          <ToggleRow label='当事人知道并同意我替他申请' checked={value.consentConfirmed} onChange={(consentConfirmed) => patch({ consentConfirmed })} />
          <FormError message={error('consentConfirmed')} />
        </>
      )}
    </>
  )
}
