/**
 * 补充材料: more files (and a note) for an application — the answer when staff asked for
 * materials. The request id is made when the form opens, so sending again adds the files once.
 */
import { useState } from 'react'
import { Button, View } from '@tarojs/components'
import type { ApplicationDetail } from '@/core/contracts/apply'
import Field from '@/components/Field'
import FormError from '@/components/FormError'
import { useCloudAction } from '@/hooks/use-cloud-action'
import { addMaterials } from '@/services/applications'
import { newClientRequestId } from '@/services/consult'
import { uploadedMaterials, type PickedMaterial } from '@/services/materials'
import MaterialsPicker from './MaterialsPicker'

interface Props {
  application: ApplicationDetail
  onChanged: (next: ApplicationDetail) => void
  /** Staff asked for materials: the button says it answers them. */
  answering: boolean
}

export default function SupplementForm({ application: a, onChanged, answering }: Props) {
  const [open, setOpen] = useState(false)
  const [requestId, setRequestId] = useState('')
  const [files, setFiles] = useState<PickedMaterial[]>([])
  const [note, setNote] = useState('')
  const { busy, problem, run } = useCloudAction()
  const stillUploading = files.some((m) => m.state === 'uploading')

  const start = () => {
    setRequestId(newClientRequestId())
    setFiles([])
    setNote('')
    setOpen(true)
  }
  const send = () =>
    run(
      () => addMaterials(a.id, requestId, uploadedMaterials(files), note),
      (next) => {
        setOpen(false)
        onChanged(next)
      }
    )

  if (!open) {
    return (
      <Button className={answering ? 'button primary' : 'button'} onClick={start}>
        补充材料
      </Button>
    )
  }
  return (
    <View className='stack supplement-form'>
      <MaterialsPicker value={files} onChange={setFiles} alreadyAttached={a.aid?.materials.length ?? 0} disabled={busy} />
      <Field label='想对工作人员说的话（可以不填）' value={note} onChange={setNote} multiline maxlength={500} />
      <FormError message={stillUploading ? '还有文件在上传，请等传好再提交' : problem} />
      <Button className='button primary' loading={busy} disabled={busy || stillUploading} onClick={() => void send()}>
        {answering ? '提交补充的材料' : '提交'}
      </Button>
      <Button className='button' onClick={() => setOpen(false)}>
        先不补了
      </Button>
    </View>
  )
}
