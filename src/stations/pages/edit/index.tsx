/** Add or edit a service point (admins). Every field is checked here and again by the cloud. */
import { useEffect, useState, type ReactNode } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Input, Text, View } from '@tarojs/components'
import { SERVICE_POINT_KINDS, SERVICES } from '@/core/county/schema'
import type { PointKind, ServiceId } from '@/core/domain/point-fields'
import { controlLabel } from '@/components/control-label'
import FormError from '@/components/FormError'
import LoadStateView from '@/components/LoadStateView'
import PageShell from '@/components/PageShell'
import ToggleRow from '@/components/ToggleRow'
import { useLoader } from '@/hooks/use-loader'
import { createPoint, loadAdminPoints, updatePoint } from '@/services/points'
import PhonesEditor from '../../components/PhonesEditor'
import { EMPTY_FORM, fieldOfIssue, formOf, pointOfForm, type FormErrors, type FormField, type PointForm } from '../../hooks/point-form'
import '../../stations.scss'

const TEXT_FIELDS: Array<{ field: FormField; label: string; hint?: string }> = [
  { field: 'name', label: '名称', hint: '比如：黑水县驻东莞公共法律服务工作站' },
  { field: 'province', label: '省', hint: '比如：广东省' },
  { field: 'city', label: '市', hint: '比如：东莞市' },
  { field: 'address', label: '地址' },
  { field: 'lat', label: '纬度', hint: '比如：23.0207（手机地图上长按这个地方就能看到）' },
  { field: 'lng', label: '经度', hint: '比如：113.7518' },
  { field: 'hours', label: '开放时间', hint: '周一到周五上午下午：1-5 09:00-12:00 14:00-17:30' },
  { field: 'closedDates', label: '另外休息的日期', hint: '2026-12-31; 2027-01-04（法定节假日不用写）' },
  { field: 'languages', label: '会说的话', hint: '普通话; 四川话; 藏语; 羌语' },
  { field: 'host', label: '依托单位', hint: '比如：某乡镇驻东莞党群服务中心' }
]

function PointEditor({ initial, isNew }: { initial: PointForm; isNew: boolean }) {
  const [form, setForm] = useState<PointForm>(initial)
  const [errors, setErrors] = useState<FormErrors>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // A field changed is a field being fixed: its red words go, and so does the summary once
  // nothing is left to fix.
  const set = <K extends FormField>(field: K, value: PointForm[K]) => {
    setForm((f) => ({ ...f, [field]: value }))
    if (!(field in errors)) return
    const { [field]: _fixed, ...rest } = errors
    setErrors(rest)
    if (Object.keys(rest).length === 0) setProblem(null)
  }

  const save = async () => {
    const built = pointOfForm(form)
    if (!built.ok) {
      setErrors(built.errors)
      setProblem('有几处要改，请看红字')
      return
    }
    setBusy(true)
    const answer = isNew ? await createPoint(built.point) : await updatePoint({ ...built.point, id: form.id })
    setBusy(false)
    if (!answer.ok) {
      const byField: FormErrors = {}
      for (const issue of answer.error.issues ?? []) byField[fieldOfIssue(issue.path)] ??= issue.message
      setErrors(byField)
      // The words are already beside their fields: the summary only points there.
      setProblem(Object.keys(byField).length > 0 ? '有几处要改，请看红字' : answer.error.message)
      return
    }
    setErrors({})
    setProblem(null)
    await Taro.showToast({ title: '已保存', icon: 'success' })
    void Taro.navigateBack()
  }

  const field = (name: FormField, label: string, control: ReactNode) => (
    <View key={name} className='stack station-form-field'>
      <Text>{label}</Text>
      {control}
      <FormError message={errors[name] ?? null} />
    </View>
  )

  return (
    <View className='card stack station-form'>
      {isNew &&
        field(
          'id',
          '编号（可不填）',
          <Input
            className='tap station-input'
            value={form.id}
            placeholder='小写字母、数字和“-”，比如 dongguan-station'
            {...controlLabel('编号')}
            onInput={(e) => set('id', e.detail.value)}
          />
        )}
      {field(
        'kind',
        '类型',
        <View className='chips' role='radiogroup' aria-label='类型'>
          {(Object.keys(SERVICE_POINT_KINDS) as PointKind[]).map((kind) => (
            <View
              key={kind}
              className={form.kind === kind ? 'chip tap chip-on' : 'chip tap'}
              role='radio'
              aria-checked={form.kind === kind}
              onClick={() => set('kind', kind)}
            >
              <Text>{SERVICE_POINT_KINDS[kind]}</Text>
            </View>
          ))}
        </View>
      )}
      {TEXT_FIELDS.map(({ field: name, label, hint }) =>
        field(
          name,
          label,
          <Input
            className='tap station-input'
            value={String(form[name])}
            placeholder={hint}
            {...controlLabel(label)}
            onInput={(e) => set(name, e.detail.value as never)}
          />
        )
      )}
      {field('phones', '电话', <PhonesEditor phones={form.phones} onChange={(phones) => set('phones', phones)} />)}
      {field(
        'services',
        '能办的事',
        <View className='chips' role='group' aria-label='能办的事'>
          {(Object.keys(SERVICES) as ServiceId[]).map((service) => {
            const on = form.services.includes(service)
            return (
              <View
                key={service}
                className={on ? 'chip tap chip-on' : 'chip tap'}
                role='checkbox'
                aria-checked={on}
                onClick={() => set('services', on ? form.services.filter((s) => s !== service) : [...form.services, service])}
              >
                <Text>{SERVICES[service]}</Text>
              </View>
            )
          })}
        </View>
      )}
      <ToggleRow label='启用（群众能看到）' checked={form.active} onChange={(active) => set('active', active)} />
      <ToggleRow label='信息已核实（不再标“示例”）' checked={form.verified} onChange={(verified) => set('verified', verified)} />
      <FormError message={problem} />
      <Button className='button primary' loading={busy} disabled={busy} onClick={() => void save()}>
        保存
      </Button>
    </View>
  )
}

export default function StationEditPage() {
  const { params } = useRouter()
  const id = params.id
  const { state, reload } = useLoader(async () => {
    if (!id) return { ok: true as const, data: EMPTY_FORM, savedAt: new Date().toISOString(), fromCache: false }
    const list = await loadAdminPoints()
    if (!list.ok) return list
    const point = list.data.items.find((p) => p.id === id)
    return point
      ? { ok: true as const, data: formOf(point), savedAt: list.savedAt, fromCache: false }
      : { ok: false as const, error: { code: 'RESOURCE.NOT_FOUND' as const, message: '没有找到这个站点' } }
  }, [id])

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: id ? '编辑站点' : '添加站点' })
  }, [id])

  return (
    <PageShell>
      <LoadStateView state={state} onRetry={reload}>
        {(initial) => <PointEditor initial={initial} isNew={!id} />}
      </LoadStateView>
    </PageShell>
  )
}
