/**
 * Write or change a tip (admins). The form is checked with the same contract the cloud uses;
 * citations are written one per line, as 《法律名称》第X条.
 */
import { useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { SaveTipSchema, TIP_BODY_MAX, TIP_CATEGORIES, type AdminTip, type TipCategoryId } from '@/core/contracts/tips'
import { citationText, parseCitationLines } from '@/core/domain/citation-text'
import type { FieldIssue } from '@/core/envelope'
import { parseWith } from '@/core/validation'
import Field from '@/components/Field'
import FormError from '@/components/FormError'
import PageShell from '@/components/PageShell'
import ToggleRow from '@/components/ToggleRow'
import { useCloudAction } from '@/hooks/use-cloud-action'
import { loadAdminTip, saveTip } from '@/services/tips'
import Chips from '../../components/Chips'
import '../../staff.scss'

interface Form {
  id: string
  category: TipCategoryId
  title: string
  summary: string
  body: string
  citations: string
  keywords: string
  published: boolean
}

const blank: Form = { id: '', category: 'wage-labour', title: '', summary: '', body: '', citations: '', keywords: '', published: false }

const formOf = (tip: AdminTip): Form => ({
  ...tip,
  citations: tip.citations.map(citationText).join('\n'),
  keywords: tip.keywords.join('，')
})

export default function StaffTipEditPage() {
  const { params } = useRouter()
  const [form, setForm] = useState<Form>(blank)
  const [issues, setIssues] = useState<FieldIssue[]>([])
  const { busy, problem, run } = useCloudAction()
  const set = (patch: Partial<Form>) => {
    setForm((f) => ({ ...f, ...patch }))
    // A field being changed is a field being fixed: its red words go at once.
    setIssues((found) => found.filter((i) => !Object.keys(patch).some((field) => i.path === field || i.path.startsWith(`${field}.`))))
  }
  const error = (path: string) => issues.find((i) => i.path === path || i.path.startsWith(`${path}.`))?.message ?? null

  useEffect(() => {
    if (!params.id) return
    void loadAdminTip(params.id).then((answer) => {
      if (answer.ok && answer.data) setForm(formOf(answer.data))
    })
  }, [params.id])

  const submit = () => {
    const citations = parseCitationLines(form.citations)
    if (!citations.ok) return setIssues([{ path: 'citations', message: `这一行看不懂：“${citations.line}”，请写成《法律名称》第X条` }])
    const payload = {
      ...form,
      citations: citations.citations,
      keywords: form.keywords.split(/[,，、\s]+/).filter(Boolean)
    }
    const checked = parseWith(SaveTipSchema, payload)
    setIssues(checked.ok ? [] : checked.issues)
    if (!checked.ok) return
    void run(
      () => saveTip(payload),
      () => {
        void Taro.showToast({ title: form.published ? '已保存并发布' : '已保存为草稿', icon: 'none' })
        void Taro.navigateBack()
      }
    )
  }

  return (
    <PageShell>
      <View className='card stack'>
        <Text className='text-title'>{params.id ? '修改小贴士' : '写一条新的小贴士'}</Text>
        {!params.id && (
          <Field label='编号（小写字母、数字和“-”）' value={form.id} onChange={(id) => set({ id })} error={error('id')} placeholder='wage-new-rule' />
        )}
        <Chips
          label='分类'
          options={TIP_CATEGORIES.map((c) => ({ id: c.id, label: c.label }))}
          selected={[form.category]}
          onToggle={(id) => set({ category: id as TipCategoryId })}
        />
        <Field label='标题' value={form.title} onChange={(title) => set({ title })} error={error('title')} />
        <Field label='一句话摘要' value={form.summary} onChange={(summary) => set({ summary })} error={error('summary')} />
        <Field label='正文（分段请换行）' value={form.body} onChange={(body) => set({ body })} error={error('body')} multiline maxlength={TIP_BODY_MAX} />
        <Field
          label='法律依据（每行一条，如《中华人民共和国劳动合同法》第十条）'
          value={form.citations}
          onChange={(citations) => set({ citations })}
          error={error('citations')}
          multiline
        />
        <Field label='关键词（用逗号隔开）' value={form.keywords} onChange={(keywords) => set({ keywords })} error={error('keywords')} />
        <ToggleRow label='保存后马上发布' checked={form.published} onChange={(published) => set({ published })} />
        <FormError message={problem} />
        <Button className='button primary' loading={busy} disabled={busy} onClick={submit}>
          保存
        </Button>
      </View>
    </PageShell>
  )
}
