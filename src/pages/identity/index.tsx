/**
 * 切换身份 — local cloud only (h5 build). Lets a tester act as a citizen, staff member or
 * admin. On WeChat this page is not built: identity comes from the platform.
 */
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Input, Radio, RadioGroup, Text, View } from '@tarojs/components'
import { PERSONAS, type Persona } from '@/core/contracts/local'
import { controlLabel } from '@/components/control-label'
import FormError from '@/components/FormError'
import PageShell from '@/components/PageShell'
import { useCloudAction } from '@/hooks/use-cloud-action'
import { signInLocally } from '@/services/cloud'
import { clearSession, currentSession, saveSession } from '@/services/session'

const LABEL: Record<Persona, string> = { citizen: '群众', staff: '工作人员', admin: '管理员' }

export default function IdentityPage() {
  const current = currentSession()
  const [persona, setPersona] = useState<Persona>(current?.role ?? 'citizen')
  const [name, setName] = useState(current?.name ?? '')
  const { busy, problem, run } = useCloudAction()

  const submit = () =>
    run(
      () => signInLocally({ persona, name }),
      (session) => {
        saveSession({ ...session, name: name.trim() })
        void Taro.showToast({ title: `已切换为${LABEL[persona]}`, icon: 'success' }).then(() => Taro.navigateBack())
      }
    )

  const signOut = () => {
    clearSession()
    void Taro.navigateBack()
  }

  return (
    <PageShell>
      <View className='card stack'>
        <Text className='text-title'>切换身份（本地测试用）</Text>
        <RadioGroup onChange={(e) => setPersona(e.detail.value as Persona)}>
          {PERSONAS.map((p) => (
            <View key={p} className='row tap'>
              <Radio value={p} checked={persona === p} {...controlLabel(LABEL[p])}>
                {LABEL[p]}
              </Radio>
            </View>
          ))}
        </RadioGroup>
        <Input className='tap field-input' value={name} placeholder='名字，比如：张三' {...controlLabel('名字')} onInput={(e) => setName(e.detail.value)} />
        <FormError message={problem} />
        <Button className='button primary' loading={busy} disabled={busy} onClick={submit}>
          登录
        </Button>
        {current && (
          <Button className='button' onClick={signOut}>
            退出登录
          </Button>
        )}
      </View>
    </PageShell>
  )
}
