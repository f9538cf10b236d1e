/**
 * A station's phone numbers, one row each: what the number is, the number, and whether it
 * was checked. Plain fields instead of a coded one-line format.
 */
import { Button, Input, Text, View } from '@tarojs/components'
import type { Phone } from '@/core/county/schema'
import { controlLabel } from '@/components/control-label'
import ToggleRow from '@/components/ToggleRow'

interface Props {
  phones: Phone[]
  onChange: (phones: Phone[]) => void
}

export default function PhonesEditor({ phones, onChange }: Props) {
  const change = (index: number, patch: Partial<Phone>) => onChange(phones.map((p, i) => (i === index ? { ...p, ...patch } : p)))
  return (
    <View className='stack station-phones'>
      {phones.map((phone, index) => (
        <View key={index} className='stack station-phone'>
          <Text className='text-small'>电话 {index + 1}</Text>
          <Input
            className='tap station-input'
            value={phone.label}
            placeholder='这是谁的电话，比如：当地12348热线'
            {...controlLabel(`电话 ${index + 1} 的名称`)}
            onInput={(e) => change(index, { label: e.detail.value })}
          />
          <Input
            className='tap station-input'
            value={phone.number}
            placeholder='号码，比如：12348'
            {...controlLabel(`电话 ${index + 1} 的号码`)}
            onInput={(e) => change(index, { number: e.detail.value })}
          />
          <ToggleRow label='这个号码打过，是对的' checked={phone.verified} onChange={(verified) => change(index, { verified })} />
          {phones.length > 1 && (
            <Button className='button' onClick={() => onChange(phones.filter((_, i) => i !== index))}>
              删掉电话 {index + 1}
            </Button>
          )}
        </View>
      ))}
      <Button className='button' onClick={() => onChange([...phones, { label: '', number: '', verified: false }])}>
        ＋ 再加一个电话
      </Button>
    </View>
  )
}
