/**
 * Everything the applicant gave, and what was decided so far: the matter and the article it
 * falls under, the finance statement or the 第四十二条 exemption, the 第四十四条 urgent reason,
 * the consultation it started from; for mediation the category, the township's committee and
 * the other party.
 */
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { AidDetail, ApplicationDetail, MediationDetail } from '@/core/contracts/apply'
import { county } from '@/core/county/current'
import { HARDSHIP_EXEMPTIONS, aidMatterOf } from '@/core/domain/legal-aid-law'
import { formatShanghaiTime } from '@/core/domain/time'
import { routeUrl } from '@/routes'
import { aidMatterText, urgentText } from '../application-labels'
import Fact from './Fact'

const financeText = (finance: AidDetail['finance'], matter: AidDetail['matter']): string => {
  if (finance.kind === 'hardship') return finance.statement
  if (finance.kind === 'not-required') return `不受经济困难条件限制（法律援助法${aidMatterOf(matter).article}）`
  const exemption = HARDSHIP_EXEMPTIONS.find((e) => e.id === finance.exemption)
  return exemption ? `免查经济困难：${exemption.label}（法律援助法${exemption.article}）` : finance.exemption
}

const AidFacts = ({ aid }: { aid: AidDetail }) => (
  <>
    {aid.urgent && (
      <View className='staff-warning' role='note'>
        <Text>{urgentText(aid.urgent)}</Text>
      </View>
    )}
    <Fact label='申请援助的事情' value={aidMatterText(aid.matter)} />
    <Fact label={aid.finance.kind === 'hardship' ? '家庭经济情况（本人说明）' : '经济情况'} value={financeText(aid.finance, aid.matter)} />
    {aid.materialsRequest && (
      <Fact
        label={`${formatShanghaiTime(aid.materialsRequest.at)} 一次性告知补充材料`}
        value={`${aid.materialsRequest.text}（${formatShanghaiTime(aid.materialsRequest.dueAt)} 前补齐${aid.materialsRequest.suppliedAt ? `；${formatShanghaiTime(aid.materialsRequest.suppliedAt)} 已补充` : ''}）`}
      />
    )}
    {aid.decision && (
      <Fact
        label={`${formatShanghaiTime(aid.decision.at)} 决定`}
        value={aid.decision.granted ? (aid.decision.first ? '先行提供法律援助（第四十四条）' : '准予法律援助') : `不予援助：${aid.decision.reason ?? ''}`}
      />
    )}
    {aid.assignee && (
      <Fact
        label='承办人'
        value={`${aid.assignee.kind === 'lawyer' ? '律师' : '服务站'} ${aid.assignee.name}${aid.assignee.phone ? ` · ${aid.assignee.phone}` : ''}（${formatShanghaiTime(aid.assignee.at)} 指派）`}
      />
    )}
  </>
)

const MediationFacts = ({ mediation }: { mediation: MediationDetail }) => (
  <>
    <Fact label='纠纷种类' value={county.mediationCategories.find((c) => c.id === mediation.category)?.label ?? mediation.category} />
    <Fact label='事情发生的乡镇' value={`${mediation.township}（由${mediation.committee}调解）`} />
    <Fact
      label='对方'
      value={
        mediation.otherParty?.name || mediation.otherParty?.contact
          ? [mediation.otherParty.name, mediation.otherParty.contact].filter(Boolean).join(' · ')
          : '没有填写'
      }
    />
    {mediation.outcome && <Fact label={`${formatShanghaiTime(mediation.outcome.at)} ${mediation.outcome.label}`} value={mediation.outcome.note} />}
  </>
)

export default function ApplicationFacts({ a }: { a: ApplicationDetail }) {
  return (
    <View className='card stack staff-facts'>
      <Text className='text-title'>群众填写的内容</Text>
      {a.aid && <AidFacts aid={a.aid} />}
      {a.mediation && <MediationFacts mediation={a.mediation} />}
      <Fact label={a.kind === 'aid' ? '事情经过' : '发生了什么'} value={a.description} />
      <Fact label='姓名' value={a.applicant.name} />
      {/* The cloud masks the phone (138****8000) until this person holds the application. */}
      <Fact label={a.applicant.phone.includes('*') ? '手机号（领取后才能看到完整号码）' : '手机号'} value={a.applicant.phone} />
      <Fact label='家乡乡镇' value={a.applicant.township} />
      {a.onBehalf && <Fact label='代别人申请' value={`当事人 ${a.onBehalf.personName}（${a.onBehalf.relationship}），已确认当事人同意`} />}
      {a.fromConsultationId && (
        <View className='row tap' role='link' onClick={() => void Taro.navigateTo({ url: routeUrl('staffCase', { id: a.fromConsultationId as string }) })}>
          <Text>从咨询转来：看原来的咨询</Text>
          <Text aria-hidden='true'>›</Text>
        </View>
      )}
    </View>
  )
}
