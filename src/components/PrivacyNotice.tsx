/**
 * The separate consent for sensitive personal information (个人信息保护法第二十九条): what is
 * collected, why, who sees it, how long it is kept. Changing this text means a new
 * PRIVACY_NOTICE_VERSION, so citizens agree again.
 */
import { Text, View } from '@tarojs/components'
import FormError from './FormError'
import ToggleRow from './ToggleRow'

const SECTIONS = [
  [
    '我们收集什么',
    '您的姓名、手机号、家乡乡镇、所在城市，您的法律问题和您写的情况；申请法律援助时，还有您上传的证件、证据照片和文件。法律问题、工伤等健康情况属于敏感个人信息。'
  ],
  ['为什么收集', '只用来给您提供法律咨询和法律援助，联系您，统计服务情况。不会用来做别的事，也不会卖给任何人。'],
  [
    '谁能看到',
    '只有负责处理的县法律援助中心和驻外工作站的工作人员；申请人民调解的，还有事情发生地乡镇人民调解委员会的调解员。他们每次查看都会被记录。列表里的手机号会隐藏中间四位。'
  ],
  ['保存多久', '咨询、申请或调解结束 3 年后，您的姓名、电话、问题内容和上传的材料会被删除，只留下不能认出您的统计数字。'],
  ['您的权利', '您可以随时查看、更正您的信息，或要求删除。有疑问请拨打 12348。']
] as const

export default function PrivacyNotice({ consented, onChange, error }: { consented: boolean; onChange: (on: boolean) => void; error: string | null }) {
  return (
    <View className='stack'>
      <View className='card stack privacy-notice'>
        {SECTIONS.map(([title, text]) => (
          <View key={title} className='stack'>
            <Text className='text-title'>{title}</Text>
            <Text>{text}</Text>
          </View>
        ))}
      </View>
      <View className='card'>
        <ToggleRow label='我已阅读，同意按上面的说明处理我的个人信息（包括敏感信息）' checked={consented} onChange={onChange} />
        <FormError message={error} />
      </View>
    </View>
  )
}
