/** 申请人民调解 (src/apply/components/MediationForm.tsx); `?fromConsultationId=` carries a consultation's facts over. */
import { useRouter } from '@tarojs/taro'
import PageShell from '@/components/PageShell'
import MediationForm from '../../components/MediationForm'
import '../../apply.scss'

export default function MediationPage() {
  const { params } = useRouter()
  return (
    <PageShell>
      <MediationForm fromConsultationId={params.fromConsultationId || undefined} />
    </PageShell>
  )
}
