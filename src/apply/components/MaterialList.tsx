/** The files of an application, each opened through a short-lived link (查看). */
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { MaterialView } from '@/core/contracts/apply'
import { formatShanghaiTime } from '@/core/domain/time'
import { materialLink } from '@/services/applications'
import { sizeInWords } from '@/core/domain/material-texts'
import { openMaterial } from '@/services/open-material'

export default function MaterialList({ applicationId, materials }: { applicationId: string; materials: MaterialView[] }) {
  const [opening, setOpening] = useState<string | null>(null)
  const view = async (m: MaterialView) => {
    setOpening(m.id)
    const answer = await materialLink(applicationId, m.id)
    setOpening(null)
    if (!answer.ok) return void Taro.showToast({ title: answer.error.message, icon: 'none' })
    await openMaterial(answer.data).catch(() => Taro.showToast({ title: '打不开这个文件，请稍后再试', icon: 'none' }))
  }
  return (
    <View className='card stack material-list'>
      <Text className='text-title'>已交的材料（{materials.length} 个）</Text>
      {materials.length === 0 && <Text>还没有交材料。</Text>}
      {materials.map((m) => (
        <View key={m.id} className='row material-row'>
          <View className='stack'>
            <Text>{m.name}</Text>
            <Text className='text-small'>
              {sizeInWords(m.bytes)} · {formatShanghaiTime(m.addedAt)}
            </Text>
          </View>
          <Button className='button' aria-label={`查看 ${m.name}`} loading={opening === m.id} disabled={opening !== null} onClick={() => void view(m)}>
            查看
          </Button>
        </View>
      ))}
    </View>
  )
}
