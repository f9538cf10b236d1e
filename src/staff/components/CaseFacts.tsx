/**
 * Everything the citizen sent. The phone is shown in full only to the person holding the case;
 * whether it is safe to call comes first, because the person may not be alone.
 */
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { StaffCase } from '@/core/contracts/staff'
import { deadlineText, viewDeadline } from '@/core/domain/deadline'
import { maskPhone } from '@/core/domain/phone'
import { QUICK_CHECK_QUESTIONS } from '@/core/domain/quick-check'
import { formatShanghaiTime, shanghaiDate } from '@/core/domain/time'
import Fact from './Fact'

const yesNo = (v: boolean) => (v ? '可以' : '不可以')

const jobText = (wage: NonNullable<StaffCase['wage']>) =>
  wage.jobEnded === undefined ? '没问是否还在干' : wage.jobEnded ? `${wage.jobEndDate ?? ''} 已不干` : '还在干'

export default function CaseFacts({ c }: { c: StaffCase }) {
  const phone = c.phoneVisible ? c.applicant.phone : maskPhone(c.applicant.phone)
  const safety = c.contactSafety
  const careful = !safety.safeToCall || !safety.leaveMessage || !safety.sayWhoWeAre
  const deadline = c.deadline && viewDeadline(c.deadline, shanghaiDate(new Date()))
  return (
    <View className='card stack staff-facts'>
      <Text className='text-title'>群众填写的内容</Text>
      {careful && (
        <View className='staff-warning stack' role='note'>
          <Text>⚠ 联系时请注意：</Text>
          {!safety.safeToCall && <Text>不方便直接打电话</Text>}
          {!safety.leaveMessage && <Text>不要留言</Text>}
          {!safety.sayWhoWeAre && <Text>电话里不要说是司法局或法律援助</Text>}
        </View>
      )}
      {c.languageHelp && (
        <View className='staff-warning' role='note'>
          <Text>需要会{c.languageHelp}的工作人员帮忙</Text>
        </View>
      )}
      <Text className='staff-description'>{c.description}</Text>
      <Fact label='姓名' value={c.applicant.name} />
      <View className='staff-fact'>
        <Text className='text-small'>手机号{c.phoneVisible ? '' : '（领取后才能看到完整号码）'}</Text>
        <Text className='staff-phone'>{phone}</Text>
        {c.phoneVisible && safety.safeToCall && (
          <Button className='button' onClick={() => void Taro.makePhoneCall({ phoneNumber: c.applicant.phone })}>
            拨打 {c.applicant.phone}
          </Button>
        )}
      </View>
      <Fact label='家乡乡镇' value={c.applicant.township} />
      <Fact label='现在所在城市' value={c.applicant.currentCity} />
      <Fact label='事情发生的城市' value={c.applicant.disputeCity} />
      <Fact label='能否打电话 / 留言 / 说明身份' value={`${yesNo(safety.safeToCall)} / ${yesNo(safety.leaveMessage)} / ${yesNo(safety.sayWhoWeAre)}`} />
      {c.onBehalf && <Fact label='代别人申请' value={`当事人 ${c.onBehalf.personName}（${c.onBehalf.relationship}），已确认当事人同意`} />}
      {c.wage && (
        <Fact
          label='欠薪情况'
          value={`${c.wage.employer}；应发日期 ${c.wage.dueDate}；${jobText(c.wage)}；一起被欠的工友 ${c.wage.coworkers} 人${c.wage.amountYuan ? `；约 ${c.wage.amountYuan} 元` : ''}`}
        />
      )}
      {c.injury && <Fact label='受伤或确诊日期' value={c.injury.date} />}
      {deadline && <Fact label='期限（按今天算）' value={`${deadlineText(deadline)}（依据：${deadline.basis}）`} />}
      {c.slot && <Fact label='预约时间' value={formatShanghaiTime(c.slot.start)} />}
      {c.asap && <Fact label='回电' value='没有空的时间，请尽快回电' />}
      {c.quickCheck.length > 0 && (
        <Fact label='自查时选了' value={c.quickCheck.map((q) => QUICK_CHECK_QUESTIONS.find((x) => x.id === q)?.text ?? q).join('；')} />
      )}
    </View>
  )
}
