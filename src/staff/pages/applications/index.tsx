/** 申请: legal-aid applications and mediation requests, for the staff who handle them. */
import { useRef, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import PageShell from '@/components/PageShell'
import ApplicationQueue from '../../components/ApplicationQueue'
import '../../staff.scss'

export default function StaffApplicationsPage() {
  // Back from an application: the list shows what changed meanwhile. The first show is the
  // opening, which loads already: a second load then would drop a page shown meanwhile.
  const [shown, setShown] = useState(0)
  const opened = useRef(false)
  useDidShow(() => {
    if (opened.current) setShown((n) => n + 1)
    opened.current = true
  })
  return (
    <PageShell>
      <ApplicationQueue refresh={shown} />
    </PageShell>
  )
}
