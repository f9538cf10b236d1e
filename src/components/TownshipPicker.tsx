/** Pick one of the county's townships (from the county file), as a big tappable field. */
import { Picker, Text, View } from '@tarojs/components'
import { county } from '@/core/county/current'
import FormError from './FormError'

const COUNTY_TOWNSHIPS = county.townships.map((t) => t.name)
const WITH_OTHER = [...COUNTY_TOWNSHIPS, '其他']

interface Props {
  label: string
  /** The field's short name for screen readers (e.g. 家乡乡镇). */
  name: string
  value: string
  onChange: (township: string) => void
  error: string | null
  /** Offer 其他 too (someone's home may lie outside the county; a township's committee may not). */
  withOther?: boolean
}

export default function TownshipPicker({ label, name, value, onChange, error, withOther = false }: Props) {
  const range = withOther ? WITH_OTHER : COUNTY_TOWNSHIPS
  return (
    <View className='field stack'>
      <Text>{label}</Text>
      <Picker mode='selector' range={range} onChange={(e) => onChange(range[Number(e.detail.value)])}>
        <View className='field-input tap' aria-label={name}>
          <Text>{value || '点这里选乡镇'}</Text>
        </View>
      </Picker>
      <FormError message={error} />
    </View>
  )
}
