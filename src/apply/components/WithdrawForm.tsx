/** Withdraw an application that is still being handled, with a reason (the cloud decides again). */
import { useState } from 'react'
import { Button, View } from '@tarojs/components'
import type { ApplicationDetail } from '@/core/contracts/apply'
import Field from '@/components/Field'
import FormError from '@/components/FormError'
import { useCloudAction } from '@/hooks/use-cloud-action'
import { withdrawApplication } from '@/services/applications'

export default function WithdrawForm({ application: a, onChanged }: { application: ApplicationDetail; onChanged: (next: ApplicationDetail) => void }) {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const { busy, problem, run } = useCloudAction()
  return (
    <View className='card stack withdraw'>
      {open ? (
        <>
          <Field label='为什么撤回？' value={reason} onChange={setReason} placeholder='比如：已经和对方谈好了' />
          <Button className='button primary' loading={busy} disabled={busy} onClick={() => void run(() => withdrawApplication(a.id, reason), onChanged)}>
            确认撤回
          </Button>
          <Button className='button' onClick={() => setOpen(false)}>
            不撤回了
          </Button>
        </>
      ) : (
        <Button className='button' onClick={() => setOpen(true)}>
          撤回申请
        </Button>
      )}
      <FormError message={problem} />
    </View>
  )
}
