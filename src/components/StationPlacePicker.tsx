/** "Pick your city": provinces, then that province's cities, from the places the data covers. */
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { ProvinceCities } from '@/core/domain/nearest'

interface Props {
  places: ProvinceCities[]
  chosen: { province: string; city: string } | null
  onChoose: (place: { province: string; city: string }) => void
  /** The user's city is not among them. */
  onNotListed: () => void
}

export default function StationPlacePicker({ places, chosen, onChoose, onNotListed }: Props) {
  const [province, setProvince] = useState<string | null>(chosen?.province ?? null)
  const cities = places.find((p) => p.province === province)?.cities ?? []
  return (
    <View className='stack station-place-picker'>
      <Text>选择您现在所在的省：</Text>
      <View className='chips' role='radiogroup' aria-label='省份'>
        {places.map((p) => (
          <View
            key={p.province}
            className={p.province === province ? 'chip tap chip-on' : 'chip tap'}
            role='radio'
            aria-checked={p.province === province}
            onClick={() => setProvince(p.province)}
          >
            <Text>{p.province}</Text>
          </View>
        ))}
      </View>
      {province && (
        <>
          <Text>再选城市：</Text>
          <View className='chips' role='radiogroup' aria-label='城市'>
            {cities.map((city) => {
              const on = chosen?.province === province && chosen.city === city
              return (
                <View key={city} className={on ? 'chip tap chip-on' : 'chip tap'} role='radio' aria-checked={on} onClick={() => onChoose({ province, city })}>
                  <Text>{city}</Text>
                </View>
              )
            })}
          </View>
        </>
      )}
      <View className='row tap station-not-listed' role='button' onClick={onNotListed}>
        <Text>我在的城市不在上面</Text>
        <Text aria-hidden='true'>›</Text>
      </View>
    </View>
  )
}
