/**
 * 申请法律援助 (browser build): each step is checked with the shared contract before it can be
 * left; wages and work injury hear of the 第四十二条 exemption before any question about money;
 * 刑事案件 is explained and collects nothing; started from a consultation, its facts are carried
 * over; the review shows everything; a retry sends the same request id. fetch stands in for
 * the cloud (recorded).
 */
import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { CreateAid } from '@/core/contracts/apply'
import type { ConsultationDetail } from '@/core/contracts/consult'
import { CRIMINAL_CASE_TEXT, HONESTY_PROMISE } from '@/core/domain/legal-aid-law'
import AidWizard from '@/apply/components/AidWizard'

// The cloud's answers settle in a few ticks, but a loaded two-core machine can take longer than the default second.
configure({ asyncUtilTimeout: 5000 })

const ok = (data: unknown) => ({ json: async () => ({ ok: true, data }) })
const offline = () => Promise.reject(new TypeError('Failed to fetch'))
const bodies = (fetchMock: jest.Mock) => fetchMock.mock.calls.map(([url, init]) => ({ url, ...JSON.parse(init.body) }))

/** Taro's Input reports typing as an `input` event whose detail carries the value (as on WeChat). */
const type = (label: string, value: string) =>
  act(() => {
    screen.getByLabelText(label).dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
const tap = (text: string | RegExp) => act(() => void fireEvent.click(screen.getByText(text)))
const stepIs = (n: number) => expect(screen.getByText(`第 ${n} / 7 步`)).toBeTruthy()

const consultation = {
  id: 'consult-123456',
  ticket: 'HS-20261201-0003',
  matter: 'labour',
  description: '在成都工地干了三个月，老板一直不发工资。',
  applicant: { name: '杨阿姐', phone: '13800138000', township: '芦花镇', currentCity: '成都市', disputeCity: '成都市' }
} as ConsultationDetail

describe('申请法律援助', () => {
  const fetchMock = jest.fn()
  beforeEach(() => {
    Taro.clearStorageSync()
    fetchMock.mockReset()
    globalThis.fetch = fetchMock
  })

  it('does not leave a step with bad input, and says what is wrong in Chinese', async () => {
    render(<AidWizard />)
    stepIs(1)
    await tap('下一步')
    stepIs(1)
    expect(screen.getByText('还有没填好的地方，请看红字提示')).toBeTruthy()
    expect(screen.getByText('请填写姓名')).toBeTruthy()
    expect(screen.getByText('请填写 11 位手机号')).toBeTruthy()
    expect(screen.getByText('请填写家乡乡镇')).toBeTruthy()
    // A fixed field loses its red text at once; the others keep theirs.
    await type('姓名', '杨阿姐')
    expect(screen.queryByText('请填写姓名')).toBeNull()
    await type('手机号', '1380013')
    expect(screen.getByText('请填写 11 位手机号')).toBeTruthy()
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('asks the applicant for someone else for the person and their consent, as booking does', async () => {
    render(<AidWizard />)
    await tap('我是替别人申请')
    await tap('下一步')
    expect(screen.getByText('请填写当事人姓名')).toBeTruthy()
    expect(screen.getByText('请确认当事人同意您代为申请')).toBeTruthy()
  })

  it('explains criminal cases and collects nothing about them', async () => {
    fetchMock.mockResolvedValue(ok(consultation))
    render(<AidWizard fromConsultationId='consult-123456' />)
    await screen.findByText(/已经带入您咨询时填的/)
    await tap('下一步')
    stepIs(2)
    await tap('刑事案件（家人被抓、被起诉）')
    expect(screen.getByText(CRIMINAL_CASE_TEXT)).toBeTruthy()
    expect(screen.queryByLabelText('简单说说事情经过')).toBeNull()
    expect(screen.queryByText('下一步')).toBeNull()
    // Only the consultation was read: nothing about the criminal case went anywhere.
    expect(bodies(fetchMock).map((b) => b.action)).toEqual(['getMine'])
  })

  it('carries a consultation over (labour → wages) and, for wages, says no hardship check is needed before asking about money', async () => {
    fetchMock.mockResolvedValue(ok(consultation))
    const { container } = render(<AidWizard fromConsultationId='consult-123456' />)
    await screen.findByText(/已经带入您咨询时填的/)
    expect(bodies(fetchMock)).toEqual([{ url: '/api/consult', action: 'getMine', payload: { id: 'consult-123456' } }])
    expect((screen.getByLabelText('姓名') as HTMLInputElement).value).toBe('杨阿姐')
    expect(screen.getByLabelText('家乡乡镇').textContent).toBe('芦花镇')
    await tap('下一步')
    expect(screen.getByText('✓ 要工钱、确认劳动关系')).toBeTruthy()
    expect((screen.getByLabelText('简单说说事情经过') as HTMLTextAreaElement).value).toBe(consultation.description)
    await tap('下一步')
    stepIs(3)
    // The step's cards in page order: the exemption comes before any card that asks about money.
    const cards = [...container.querySelectorAll('.card')].map((c) => c.textContent ?? '')
    const exemption = cards.findIndex((t) => t.includes('农民工请求支付劳动报酬或者工伤赔偿，申请法律援助不用审查经济困难条件（法律援助法第四十二条）'))
    const money = cards.findIndex((t) => /经济情况|收入|挣/.test(t))
    expect(exemption).toBeGreaterThan(-1)
    expect(money).toBeGreaterThan(exemption)
    // Nothing chosen yet: the step cannot be left.
    await tap('下一步')
    expect(screen.getByText('请说明经济情况')).toBeTruthy()
    await tap('我是外出务工人员，要工钱或工伤赔偿（第四十二条第三项）')
    await tap('下一步')
    stepIs(4)
  })

  it('says Art. 32 matters have no hardship limit and asks nothing about money', async () => {
    fetchMock.mockResolvedValue(ok({ ...consultation, matter: 'domestic-violence' }))
    render(<AidWizard fromConsultationId='consult-123456' />)
    await screen.findByText(/已经带入您咨询时填的/)
    await tap('下一步')
    await tap('下一步')
    expect(screen.getByText('这件事不受经济困难条件限制')).toBeTruthy()
    expect(screen.getByText(/不用证明家里困难，也不用说明经济情况（法律援助法第三十二条第四项）/)).toBeTruthy()
    expect(screen.queryByText('以上都不是，我说说家里的经济情况')).toBeNull()
    await tap('下一步')
    stepIs(4)
  })

  it('asks for a statement of at least 10 characters when no exemption applies', async () => {
    fetchMock.mockResolvedValue(ok({ ...consultation, matter: 'support' }))
    render(<AidWizard fromConsultationId='consult-123456' />)
    await screen.findByText(/已经带入您咨询时填的/)
    await tap('下一步')
    await tap('下一步')
    expect(screen.queryByText(/农民工请求支付劳动报酬/)).toBeNull()
    await tap('以上都不是，我说说家里的经济情况')
    await type('家庭经济情况', '家里困难')
    await tap('下一步')
    expect(screen.getByText('家庭经济情况至少写 10 个字')).toBeTruthy()
    stepIs(3)
  })

  it('reviews everything, asks consent, and sends one request id however often it is retried', async () => {
    fetchMock.mockResolvedValueOnce(ok(consultation))
    render(<AidWizard fromConsultationId='consult-123456' />)
    await screen.findByText(/已经带入您咨询时填的/)
    await tap('下一步')
    await tap('下一步')
    await tap('我是外出务工人员，要工钱或工伤赔偿（第四十二条第三项）')
    await tap('下一步')
    expect(screen.getByText(HONESTY_PROMISE)).toBeTruthy()
    await tap('下一步')
    expect(screen.getByText('请阅读并确认个人诚信承诺')).toBeTruthy()
    await tap('我已阅读，我承诺以上说的都是真的')
    await tap('下一步')
    stepIs(5)
    expect(screen.getByText('请准备这些材料')).toBeTruthy()
    expect(screen.getByText('· 老板或包工头的名字、电话，工地或公司的地址')).toBeTruthy()
    expect(screen.getByText('添加照片')).toBeTruthy()
    await tap('下一步')
    stepIs(6)
    await tap('需要马上申请保全财产、保全证据或先予执行（第四十四条第二项）')
    await tap('下一步')
    stepIs(7)

    for (const shown of [
      '杨阿姐',
      '138****8000',
      '芦花镇',
      '要工钱、确认劳动关系（法律援助法第三十一条第五项）',
      consultation.description,
      '不用查经济困难：我是外出务工人员，要工钱或工伤赔偿',
      '已承诺',
      '还没有上传（可以以后补充）',
      '需要马上申请保全财产、保全证据或先予执行'
    ])
      // Within the review: a picker of an earlier step may still be leaving the page (Taro's h5 picker animates out).
      expect(within(document.querySelector('.review') as HTMLElement).getByText(shown)).toBeTruthy()

    await tap('提交申请')
    expect(screen.getByText('需要您同意，我们才能处理您的个人信息')).toBeTruthy()
    await tap('我已阅读，同意按上面的说明处理我的个人信息（包括敏感信息）')

    fetchMock.mockImplementationOnce(offline)
    await tap('提交申请')
    expect(await screen.findByText('网络不通，请检查网络后再试')).toBeTruthy()
    fetchMock.mockResolvedValueOnce(ok({ id: 'app-000001' }))
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    await tap('提交申请')
    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ url: '/apply/pages/detail/index?id=app-000001' }))

    const sent = bodies(fetchMock).filter((b) => b.action === 'createAid')
    expect(sent).toHaveLength(2)
    const payload = sent[0].payload as CreateAid
    expect(sent[1].payload.clientRequestId).toBe(payload.clientRequestId)
    expect(payload).toMatchObject({
      fromConsultationId: 'consult-123456',
      applicant: { name: '杨阿姐', phone: '13800138000', township: '芦花镇' },
      matter: 'wages',
      finance: { kind: 'exempt', exemption: 'migrant-wages-injury' },
      promise: true,
      materials: [],
      urgent: { reason: 'preserve-now' },
      consent: { sensitive: true }
    })
    // Sent: the kept form is gone.
    expect(Taro.getStorageSync('apply:aid-draft')).toBe('')
  })

  it('keeps the form on the phone and offers to go on with it', async () => {
    const first = render(<AidWizard />)
    await type('姓名', '杨阿姐')
    first.unmount()
    render(<AidWizard />)
    expect(screen.getByText('这是您上次没填完的申请，可以接着填。')).toBeTruthy()
    expect((screen.getByLabelText('姓名') as HTMLInputElement).value).toBe('杨阿姐')
    await tap('不要了，重新填')
    expect((screen.getByLabelText('姓名') as HTMLInputElement).value).toBe('')
  })
})
