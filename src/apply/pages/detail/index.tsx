/** One application (legal aid or mediation): src/apply/components/ApplicationView.tsx, loaded fresh each time. */
import { useEffect, useState } from 'react'
import { useRouter } from '@tarojs/taro'
import type { ApplicationDetail } from '@/core/contracts/apply'
import LoadStateView from '@/components/LoadStateView'
import PageShell from '@/components/PageShell'
import { useLoader } from '@/hooks/use-loader'
import { loadMyApplication } from '@/services/applications'
import { uncached } from '@/services/offline-cache'
import ApplicationView from '../../components/ApplicationView'
import '../../apply.scss'

export default function ApplicationPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const { state, reload } = useLoader(() => uncached(loadMyApplication(id)), [id])
  // After an action the cloud answers the new state: show it without reloading.
  const [latest, setLatest] = useState<ApplicationDetail | null>(null)
  useEffect(() => setLatest(null), [state])
  return (
    <PageShell>
      <LoadStateView state={state} onRetry={reload}>
        {(loaded) => <ApplicationView application={latest ?? loaded} onChanged={setLatest} />}
      </LoadStateView>
    </PageShell>
  )
}
