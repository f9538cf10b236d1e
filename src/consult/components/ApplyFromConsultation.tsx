/**
 * From a consultation to the next kind of help: a legal-aid application (a lawyer to act) or
 * people's mediation. The consultation's id goes along, so what the citizen told us is carried
 * over and not typed again.
 */
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { routeUrl } from '@/routes'

export default function ApplyFromConsultation({ consultationId }: { consultationId: string }) {
  return (
    <View className='card stack apply-from-consultation'>
      <Text className='text-title'>还需要进一步帮助？</Text>
      <Text className='text-small'>
        需要律师帮您打官司、要赔偿，可以申请法律援助；和对方还能商量的纠纷，可以申请免费的人民调解。您咨询时填的信息会自动带过去。
      </Text>
      <Button className='button primary' onClick={() => void Taro.navigateTo({ url: routeUrl('applyAid', { fromConsultationId: consultationId }) })}>
        帮我申请法律援助
      </Button>
      <Button className='button' onClick={() => void Taro.navigateTo({ url: routeUrl('applyMediation', { fromConsultationId: consultationId }) })}>
        申请人民调解
      </Button>
    </View>
  )
}
