/**
 * The files of an application. Only the staff member holding it (or an admin) may open them;
 * each 查看 asks the cloud for a short-lived link, and the cloud writes that view to the audit
 * trail, which the page says before anyone taps.
 */
import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import type { MaterialView } from '@/core/contracts/apply'
import { MATERIAL_KINDS } from '@/core/domain/application'
import { formatShanghaiTime } from '@/core/domain/time'
import FormError from '@/components/FormError'
import { sizeInWords } from '@/core/domain/material-texts'
import { openMaterial } from '@/services/open-material'
import { materialLinkForStaff } from '@/services/staff-applications'

const kindLabel = (id: string) => MATERIAL_KINDS.find((k) => k.id === id)?.label ?? id

interface Props {
  applicationId: string
  materials: MaterialView[]
  /** Holder or admin: may open the files. */
  canView: boolean
}

export default function MaterialList({ applicationId, materials, canView }: Props) {
  const [opening, setOpening] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  const view = async (material: MaterialView) => {
    setOpening(material.id)
    setProblem(null)
    const link = await materialLinkForStaff(applicationId, material.id)
    if (link.ok) await openMaterial(link.data).catch(() => setProblem('文件打不开，请稍后再试'))
    else setProblem(link.error.message)
    setOpening(null)
  }

  return (
    <View className='card stack staff-materials'>
      <Text className='text-title'>材料（{materials.length} 个）</Text>
      {materials.length === 0 && <Text>群众还没有上传材料。</Text>}
      {materials.length > 0 && (
        <Text className='text-small'>{canView ? '查看会被记录：每次打开文件都会写进操作记录。' : '领取后才能查看材料。查看会被记录。'}</Text>
      )}
      {materials.map((m) => (
        <View key={m.id} className='staff-fact'>
          <Text>{m.name}</Text>
          <Text className='text-small'>
            {kindLabel(m.kind)} · {sizeInWords(m.bytes)} · {formatShanghaiTime(m.addedAt)} 上传
          </Text>
          {canView && (
            <Button className='button' loading={opening === m.id} disabled={opening !== null} aria-label={`查看${m.name}`} onClick={() => void view(m)}>
              查看
            </Button>
          )}
        </View>
      ))}
      <FormError message={problem} />
    </View>
  )
}
