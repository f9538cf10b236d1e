/** 申请法律援助 (src/apply/components/AidWizard.tsx); `?fromConsultationId=` carries a consultation's facts over. */
import { useRouter } from '@tarojs/taro'
import PageShell from '@/components/PageShell'
import AidWizard from '../../components/AidWizard'
import '../../apply.scss'

export default function AidPage() {
  const { params } = useRouter()
  return (
    <PageShell>
      <AidWizard fromConsultationId={params.fromConsultationId || undefined} />
    </PageShell>
  )
}
