/** 加入: enter an invite code from an admin; afterwards it says who you now are. */
import PageShell from '@/components/PageShell'
import JoinForm from '../../components/JoinForm'
import '../../staff.scss'

export default function JoinPage() {
  return (
    <PageShell>
      <JoinForm />
    </PageShell>
  )
}
