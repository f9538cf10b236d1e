/** 申请: legal-aid applications and mediation requests, for the staff who handle them. */
import { useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import PageShell from '@/components/PageShell'
import ApplicationQueue from '../../components/ApplicationQueue'
import '../../staff.scss'

export default function StaffApplicationsPage() {
  // Back from an application: the list shows what changed meanwhile.
  const [shown, setShown] = useState(0)
  useDidShow(() => setShown((n) => n + 1))
  return (
    <PageShell>
      <ApplicationQueue refresh={shown} />
    </PageShell>
  )
}
