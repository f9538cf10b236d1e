/** The applicant's switch for 家人查进度 on the consultation page. */
import type { ConsultationDetail } from '@/core/contracts/consult'
import FamilyFollowToggle from '@/components/FamilyFollowToggle'
import { setFamilyFollow } from '@/services/family-follow'

interface Props {
  consultation: ConsultationDetail
  onChanged: (next: ConsultationDetail) => void
}

export default function FamilyFollowSwitch({ consultation: c, onChanged }: Props) {
  return (
    <FamilyFollowToggle ticket={c.ticket} on={c.familyFollow} noun='咨询' hidden='问题内容' toggle={(on) => setFamilyFollow(c.id, on)} onChanged={onChanged} />
  )
}
