/**
 * The staff application page's actions: which show for each status and holder, and what each
 * form checks and says before anything is sent (refusal reason and objection text, ask-once
 * warning, mediation outcome texts). WeChat's confirm dialog (Taro.showModal) is stood in for.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { ApplicationDetail } from '@/core/contracts/apply'
import { county } from '@/core/county/current'
import { objectionText } from '@/core/domain/legal-aid-law'
import { mediationOutcomeOf } from '@/core/domain/mediation-law'
import { ASK_ONCE_WARNING, GRANT_FIRST_TEXT } from '@/staff/components/AidActions'
import ApplicationActions from '@/staff/components/ApplicationActions'
import { availableApplicationActions } from '@/staff/application-actions'
import { ADMIN, aidApplication, LAWYER, mediationRequest, OTHER_LAWYER } from './staff-apply-fixtures'

const NOW = new Date('2026-12-01T02:00:00.000Z')
const shown = (a: ApplicationDetail, me = LAWYER, now = NOW) =>
  Object.entries(availableApplicationActions(a, me, now))
    .filter(([, on]) => on)
    .map(([name]) => name)

describe('the actions the rules allow', () => {
  const mine = { handlerName: LAWYER.name }
  const request = { at: '2026-11-20T01:00:00.000Z', text: '工资条', dueAt: '2026-12-05T01:00:00.000Z' }

  it('nobody holds it: claim only', () => {
    expect(shown(aidApplication())).toEqual(['claim'])
  })
  it('I hold a submitted one: ask once, grant, refuse, open the files', () => {
    expect(shown(aidApplication(mine))).toEqual(['requestMaterials', 'grant', 'refuse', 'viewMaterials'])
  })
  it('an urgent one adds 先行援助, also while materials are awaited', () => {
    expect(shown(aidApplication(mine, { urgent: { reason: 'limit-near' } }))).toContain('grantFirst')
    expect(shown(aidApplication({ ...mine, status: 'awaiting_materials' }, { urgent: { reason: 'limit-near' }, materialsRequest: request }))).toEqual([
      'grantFirst',
      'viewMaterials'
    ])
  })
  it('asked once already: no second request', () => {
    const supplied = { ...request, suppliedAt: '2026-11-25T01:00:00.000Z' }
    expect(shown(aidApplication(mine, { materialsRequest: supplied }))).toEqual(['grant', 'refuse', 'viewMaterials'])
  })
  it('视为撤回 only after the supplement due day', () => {
    const waiting = aidApplication({ ...mine, status: 'awaiting_materials' }, { materialsRequest: request })
    expect(shown(waiting)).not.toContain('deemWithdrawn')
    expect(shown(waiting, LAWYER, new Date('2026-12-05T02:00:00.000Z'))).toContain('deemWithdrawn')
  })
  it('granted: assign; assigned: 办结; refused or closed: nothing', () => {
    expect(shown(aidApplication({ ...mine, status: 'granted' }))).toEqual(['assign', 'viewMaterials'])
    expect(shown(aidApplication({ ...mine, status: 'assigned' }))).toEqual(['close', 'viewMaterials'])
    expect(shown(aidApplication({ ...mine, status: 'refused' }))).toEqual(['viewMaterials'])
  })
  it('someone else holds it: nothing for me, everything for an admin', () => {
    const theirs = aidApplication({ handlerName: OTHER_LAWYER.name })
    expect(shown(theirs)).toEqual([])
    expect(shown(theirs, ADMIN)).toEqual(['requestMaterials', 'grant', 'refuse', 'viewMaterials'])
  })
  it('mediation: accept or decline when new; record the outcome once I accepted it', () => {
    expect(shown(mediationRequest())).toEqual(['accept', 'decline'])
    expect(shown(mediationRequest({ status: 'accepted', handlerName: LAWYER.name }))).toEqual(['recordOutcome'])
    expect(shown(mediationRequest({ status: 'accepted', handlerName: OTHER_LAWYER.name }))).toEqual([])
    expect(shown(mediationRequest({ status: 'succeeded', handlerName: LAWYER.name }))).toEqual([])
  })
})

describe('the action forms', () => {
  const answer = (body: unknown) => ({ json: async () => body })
  const fetchMock = jest.fn()
  const confirm = jest.spyOn(Taro, 'showModal')
  const sent = () => fetchMock.mock.calls.map(([, init]) => JSON.parse((init as { body: string }).body))
  /**
   * Taro's Input and Textarea report typing as an `input` event whose detail carries the value
   * (as on WeChat). They draw their inner field a moment after they appear: type after that.
   */
  const type = async (label: string, value: string) => {
    await waitFor(() => expect(screen.getByLabelText(label).querySelector('input, textarea')).toBeTruthy())
    act(() => {
      screen.getByLabelText(label).dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
    })
  }
  const tap = (text: string) => act(async () => fireEvent.click(screen.getByText(text)))

  beforeEach(() => {
    fetchMock.mockReset()
    globalThis.fetch = fetchMock
    confirm.mockReset()
    confirm.mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
  })

  it('不予援助 needs a reason of 10 characters, shows the objection text the citizen will read, and sends only when confirmed', async () => {
    const onChanged = jest.fn()
    const a = aidApplication({ handlerName: LAWYER.name })
    render(<ApplicationActions a={a} me={LAWYER} onChanged={onChanged} />)
    await tap('不予援助')
    expect(screen.getByText(objectionText(county.name))).toBeTruthy()
    await type('不予援助的理由（至少 10 个字）', '收入太高')
    await tap('确认不予援助')
    expect(screen.getByText('不予援助的理由至少写 10 个字')).toBeTruthy()
    expect(confirm).not.toHaveBeenCalled()
    expect(fetchMock).not.toHaveBeenCalled()

    const reason = '家庭月收入超过了本县的经济困难标准'
    fetchMock.mockResolvedValue(answer({ ok: true, data: { ...a, status: 'refused' } }))
    await type('不予援助的理由（至少 10 个字）', reason)
    await tap('确认不予援助')
    expect(confirm).toHaveBeenCalledTimes(1)
    expect(sent()).toEqual([{ action: 'refuse', payload: { id: a.id, reason } }])
    expect(onChanged).toHaveBeenCalledWith(expect.objectContaining({ status: 'refused' }))
  })

  it('asking for materials warns it can be done only once, and shows the cloud’s refusal as it said it', async () => {
    render(<ApplicationActions a={aidApplication({ handlerName: LAWYER.name })} me={LAWYER} onChanged={jest.fn()} />)
    await tap('一次性告知补充材料')
    expect(screen.getByText(ASK_ONCE_WARNING)).toBeTruthy()
    expect(ASK_ONCE_WARNING).toContain('只能要求补充一次')
    fetchMock.mockResolvedValue(answer({ ok: false, error: { code: 'RESOURCE.CONFLICT', message: '已经一次性告知过，不能再次要求补充' } }))
    await type('缺少的材料（一次写全）', '身份证反面；9 月到 11 月的工资条')
    await tap('发出补充要求')
    expect(confirm).toHaveBeenCalledWith(expect.objectContaining({ content: '只能要求一次，发出后不能再要求补充第二次。' }))
    expect(sent()[0]).toEqual({ action: 'requestMaterials', payload: { id: 'app-000001', text: '身份证反面；9 月到 11 月的工资条' } })
    expect(screen.getByText('已经一次性告知过，不能再次要求补充')).toBeTruthy()
  })

  it('a claim someone else won says so and shows the application as it now stands', async () => {
    const onChanged = jest.fn()
    const theirs = aidApplication({ handlerName: OTHER_LAWYER.name })
    fetchMock
      .mockResolvedValueOnce(answer({ ok: false, error: { code: 'RESOURCE.CONFLICT', message: '这个申请已经被别人领取了' } }))
      .mockResolvedValueOnce(answer({ ok: true, data: theirs }))
    render(<ApplicationActions a={aidApplication()} me={LAWYER} onChanged={onChanged} />)
    await tap('领取')
    expect(screen.getByText('这个申请已经被别人领取了')).toBeTruthy()
    expect(sent()).toEqual([
      { action: 'claim', payload: { id: 'app-000001' } },
      { action: 'get', payload: { id: 'app-000001' } }
    ])
    expect(onChanged).toHaveBeenCalledWith(theirs)
  })

  it('nothing is sent when the confirm dialog is cancelled', async () => {
    confirm.mockResolvedValue({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    render(<ApplicationActions a={aidApplication()} me={LAWYER} onChanged={jest.fn()} />)
    await tap('领取')
    expect(confirm).toHaveBeenCalledTimes(1)
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('先行援助 is explained (第四十四条) and sends grant first', async () => {
    fetchMock.mockResolvedValue(answer({ ok: true, data: aidApplication({ status: 'granted' }) }))
    render(<ApplicationActions a={aidApplication({ handlerName: LAWYER.name }, { urgent: { reason: 'preserve-now' } })} me={LAWYER} onChanged={jest.fn()} />)
    expect(screen.getByText(GRANT_FIRST_TEXT)).toBeTruthy()
    await tap('先行援助')
    expect(sent()).toEqual([{ action: 'grant', payload: { id: 'app-000001', first: true } }])
  })

  it('指派承办人 asks lawyer or station and a name, and sends them with the phone', async () => {
    fetchMock.mockResolvedValue(answer({ ok: true, data: aidApplication({ status: 'assigned' }) }))
    render(<ApplicationActions a={aidApplication({ status: 'granted', handlerName: LAWYER.name })} me={LAWYER} onChanged={jest.fn()} />)
    await tap('指派承办人')
    await type('承办人名字', '李律师')
    await tap('确认指派')
    expect(screen.getByText('请选择承办人是律师还是服务站')).toBeTruthy()
    await tap('律师')
    await type('承办人电话（可以不写）', '0837-6722222')
    await tap('确认指派')
    expect(sent()).toEqual([{ action: 'assign', payload: { id: 'app-000001', assignee: { kind: 'lawyer', name: '李律师', phone: '0837-6722222' } } }])
  })

  it('recording a mediation outcome shows what the citizen will read for each outcome', async () => {
    fetchMock.mockResolvedValue(answer({ ok: true, data: mediationRequest({ status: 'succeeded' }) }))
    render(<ApplicationActions a={mediationRequest({ status: 'accepted', handlerName: LAWYER.name })} me={LAWYER} onChanged={jest.fn()} />)
    await tap('记录结果')
    await tap(mediationOutcomeOf('failed').label)
    expect(screen.getByText(mediationOutcomeOf('failed').next)).toBeTruthy()
    await tap(mediationOutcomeOf('succeeded').label)
    expect(screen.getByText(mediationOutcomeOf('succeeded').meaning)).toBeTruthy()
    expect(screen.getByText(/人民调解法第三十三条/)).toBeTruthy()
    expect(screen.queryByText(mediationOutcomeOf('failed').next)).toBeNull()
    await type('结果说明', '双方同意分两个月付清 8000 元')
    await tap('确认记录')
    expect(sent()).toEqual([{ action: 'recordOutcome', payload: { id: 'app-000002', outcome: 'succeeded', note: '双方同意分两个月付清 8000 元' } }])
  })

  it('不受理 needs a reason and shows what the citizen will read (人民调解法第十七条)', async () => {
    render(<ApplicationActions a={mediationRequest()} me={LAWYER} onChanged={jest.fn()} />)
    await tap('不受理')
    expect(screen.getByText(mediationOutcomeOf('declined').next)).toBeTruthy()
    await tap('确认不受理')
    expect(screen.getByText('不受理的原因至少写 4 个字')).toBeTruthy()
    expect(fetchMock).not.toHaveBeenCalled()
  })
})
