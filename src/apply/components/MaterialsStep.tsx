/** The materials: what to bring for this matter, then the files (photos or PDF, up to 10). */
import { Text, View } from '@tarojs/components'
import type { FieldIssue } from '@/core/envelope'
import { messageFor } from '@/core/validation'
import FormError from '@/components/FormError'
import { aidChecklist } from '../aid-checklists'
import MaterialsPicker from './MaterialsPicker'
import type { AidDraft } from '../aid-draft'

export default function MaterialsStep({ draft, issues, update }: { draft: AidDraft; issues: FieldIssue[]; update: (patch: Partial<AidDraft>) => void }) {
  const exemption = draft.finance.choice && draft.finance.choice !== 'statement' ? draft.finance.choice : undefined
  return (
    <View className='stack'>
      {draft.matter && draft.matter !== 'criminal' && (
        <View className='card stack'>
          <Text className='text-title'>请准备这些材料</Text>
          {aidChecklist(draft.matter, exemption).map((item) => (
            <Text key={item}>· {item}</Text>
          ))}
          <Text className='text-small'>拍照或 PDF 都可以。现在没有的，可以先提交，以后在“我的申请”里补充。</Text>
        </View>
      )}
      <View className='card stack'>
        <MaterialsPicker value={draft.materials} onChange={(materials) => update({ materials })} />
        <FormError message={messageFor(issues, 'materials')} />
      </View>
    </View>
  )
}
