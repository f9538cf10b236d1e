/**
 * The materials of an application: choose what the next files are (身份证, 证明, 证据…), add photos
 * or PDFs, watch each upload, retry a failed one, remove one, change what a file is. Limits are
 * checked before anything is sent (10 MB each, 10 in all counting those already attached). Every
 * state is said in words, not by colour alone. The form keeps the list (`value`); the payload
 * takes `uploadedMaterials(value)`.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { Button, Picker, Text, View } from '@tarojs/components'
import { MATERIAL_KINDS, MAX_MATERIAL_BYTES, MAX_MATERIALS, type MaterialKindId } from '@/core/domain/application'
import FormError from '@/components/FormError'
import { forgetPicked, onUploadChange, startPicked, startUpload, withUploadStatus } from '@/services/material-uploads'
import { sizeInWords } from '@/core/domain/material-texts'
import { checkPicked, pickFiles, roomLeft, type PickWhat, type PickedMaterial } from '@/services/materials'
import './MaterialsPicker.scss'

interface Props {
  value: PickedMaterial[]
  onChange(next: PickedMaterial[]): void
  /** Files already on the application (when adding more): they count against the limit. */
  alreadyAttached?: number
  disabled?: boolean
}

const KIND_LABELS = MATERIAL_KINDS.map((k) => k.label)
const kindLabel = (kind: MaterialKindId): string => MATERIAL_KINDS.find((k) => k.id === kind)?.label ?? ''

const stateInWords = (m: PickedMaterial): string => {
  if (m.state === 'uploading') return `正在上传 ${m.progress}%`
  if (m.state === 'done') return '✓ 已传好'
  return `✗ 没传上去：${m.error ?? '请点“重试”'}`
}

export default function MaterialsPicker({ value, onChange, alreadyAttached = 0, disabled = false }: Props) {
  const [kind, setKind] = useState<MaterialKindId>('id-card')
  const [refusals, setRefusals] = useState<string[]>([])
  // Uploads answer later, and may outlive this screen: each change applies to the newest list.
  const latest = useRef(value)
  latest.current = value
  const onChangeRef = useRef(onChange)
  onChangeRef.current = onChange
  const change = useCallback((next: PickedMaterial[]) => {
    latest.current = next
    onChangeRef.current(next)
  }, [])
  const setKindOf = (localId: string, next: MaterialKindId) => change(latest.current.map((m) => (m.localId === localId ? { ...m, kind: next } : m)))

  useEffect(() => {
    const sync = () => {
      const next = withUploadStatus(latest.current)
      if (next) change(next)
    }
    sync()
    return onUploadChange(sync)
  }, [change])

  const add = async (what: PickWhat) => {
    setRefusals([])
    let files
    try {
      files = await pickFiles(what, roomLeft(latest.current, alreadyAttached))
    } catch {
      setRefusals(['没能打开相册或文件，请再试一次'])
      return
    }
    const checked = checkPicked(files, roomLeft(latest.current, alreadyAttached))
    setRefusals(checked.refusals)
    const rows = startPicked(checked.accepted, kind)
    if (rows.length === 0) return
    change([...latest.current, ...rows])
    rows.forEach((row) => void startUpload(row.localId))
  }

  const remove = (localId: string) => {
    forgetPicked(localId)
    change(latest.current.filter((m) => m.localId !== localId))
  }

  const room = roomLeft(value, alreadyAttached)
  return (
    <View className='materials-picker stack'>
      <Text>
        先选这是什么材料，再添加照片或 PDF。每个文件不超过 {MAX_MATERIAL_BYTES / 1024 / 1024} MB，最多 {MAX_MATERIALS} 个。
      </Text>
      <View className='material-kinds' role='radiogroup' aria-label='要添加的是什么材料'>
        {MATERIAL_KINDS.map((k) => (
          <View
            key={k.id}
            role='radio'
            aria-checked={k.id === kind}
            className={k.id === kind ? 'tap material-kind-choice selected' : 'tap material-kind-choice'}
            onClick={() => setKind(k.id)}
          >
            <Text>{k.id === kind ? `✓ ${k.label}` : k.label}</Text>
          </View>
        ))}
      </View>
      <View className='row material-add'>
        <Button className='button' disabled={disabled || room === 0} onClick={() => void add('photo')}>
          添加照片
        </Button>
        <Button className='button' disabled={disabled || room === 0} onClick={() => void add('pdf')}>
          添加PDF
        </Button>
      </View>
      <View className='material-room' role='status'>
        <Text>{room > 0 ? `还可以加 ${room} 个` : `已经 ${MAX_MATERIALS} 个了，不能再加`}</Text>
      </View>
      {refusals.map((r) => (
        <FormError key={r} message={r} />
      ))}
      {value.map((m) => (
        <View key={m.localId} className={`card material-item material-${m.state}`}>
          <View className='row'>
            <Text className='material-name'>{m.name}</Text>
            <Text className='text-small'>{sizeInWords(m.bytes)}</Text>
          </View>
          <Picker
            mode='selector'
            range={KIND_LABELS}
            value={MATERIAL_KINDS.findIndex((k) => k.id === m.kind)}
            disabled={disabled}
            onChange={(e) => setKindOf(m.localId, MATERIAL_KINDS[Number(e.detail.value)].id)}
          >
            <View className='field-input tap material-kind' role='button' aria-label={`${m.name} 是：${kindLabel(m.kind)}，点这里改`}>
              <Text>是：{kindLabel(m.kind)}（点这里改）</Text>
            </View>
          </Picker>
          {m.state === 'uploading' && (
            <View className='material-progress' aria-hidden>
              <View className='material-progress-done' style={{ width: `${m.progress}%` }} />
            </View>
          )}
          <View className='material-state' role='status'>
            <Text>{stateInWords(m)}</Text>
          </View>
          <View className='row'>
            {m.state === 'failed' && (
              <Button className='button primary' disabled={disabled} onClick={() => void startUpload(m.localId)} aria-label={`重试上传 ${m.name}`}>
                重试
              </Button>
            )}
            <Button className='button' disabled={disabled} onClick={() => remove(m.localId)} aria-label={`删除 ${m.name}`}>
              删除
            </Button>
          </View>
        </View>
      ))}
    </View>
  )
}
