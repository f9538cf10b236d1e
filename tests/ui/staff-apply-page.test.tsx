/**
 * What the staff application page shows of an application: everything the applicant gave
 * (finance or the exemption with its article, the urgent reason, the consultation it came
 * from), the mediation facts, and the materials, opened only through a short-lived link that
 * the cloud records (查看会被记录).
 */
import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import ApplicationFacts from '@/staff/components/ApplicationFacts'
import MaterialList from '@/staff/components/MaterialList'
import type { MaterialLink } from '@/core/contracts/apply'
import { absoluteMaterialUrl, openMaterial } from '@/services/open-material'
import { aidApplication, mediationRequest } from './staff-apply-fixtures'

describe('what the applicant gave', () => {
  it('an aid application: matter with its article, the exemption with its article, the urgent reason, the consultation it came from', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    render(<ApplicationFacts a={aidApplication({ fromConsultationId: 'consult-42' }, { urgent: { reason: 'limit-near', note: '仲裁期限 12 月 5 日' } })} />)
    expect(screen.getByText('要工钱、确认劳动关系（第三十一条第五项）')).toBeTruthy()
    expect(screen.getByText('免查经济困难：我是外出务工人员，要工钱或工伤赔偿（法律援助法第四十二条第三项）')).toBeTruthy()
    expect(screen.getByText('紧急：离起诉、仲裁或复议的最后期限不到 7 天（法律援助法第四十四条第一项）。仲裁期限 12 月 5 日')).toBeTruthy()
    expect(screen.getByText('在成都工地干了三个月，老板一直不给工钱，电话也不接。')).toBeTruthy()
    await act(async () => fireEvent.click(screen.getByText('从咨询转来：看原来的咨询')))
    expect(navigate).toHaveBeenCalledWith({ url: '/staff/pages/case/index?id=consult-42' })
    navigate.mockRestore()
  })

  it('a hardship statement in the applicant’s words, the request for materials and the appointed helper', () => {
    render(
      <ApplicationFacts
        a={aidApplication(
          { status: 'assigned' },
          {
            finance: { kind: 'hardship', statement: '一家五口，只有我一个人打工，每月三千元。' },
            materialsRequest: { at: '2026-12-01T02:00:00.000Z', text: '工资条', dueAt: '2026-12-16T02:00:00.000Z', suppliedAt: '2026-12-02T02:00:00.000Z' },
            assignee: { kind: 'station', name: '成都驻外工作站', phone: '028-12345678', at: '2026-12-03T02:00:00.000Z' }
          }
        )}
      />
    )
    expect(screen.getByText('家庭经济情况（本人说明）')).toBeTruthy()
    expect(screen.getByText('一家五口，只有我一个人打工，每月三千元。')).toBeTruthy()
    expect(screen.getByText('工资条（12月16日 10:00 前补齐；12月2日 10:00 已补充）')).toBeTruthy()
    expect(screen.getByText('服务站 成都驻外工作站 · 028-12345678（12月3日 10:00 指派）')).toBeTruthy()
  })

  it('a mediation request: category, the township’s committee, the other party', () => {
    render(<ApplicationFacts a={mediationRequest({ applicant: { name: '张三', phone: '138****8000', township: '芦花镇' } })} />)
    expect(screen.getByText('邻里纠纷')).toBeTruthy()
    expect(screen.getByText('手机号（领取后才能看到完整号码）')).toBeTruthy()
    expect(screen.getByText('卡龙镇（由卡龙镇人民调解委员会调解）')).toBeTruthy()
    expect(screen.getByText('李四')).toBeTruthy()
  })
})

describe('the materials', () => {
  const answer = (body: unknown) => ({ json: async () => body })
  const fetchMock = jest.fn()
  const materials = aidApplication().aid!.materials
  beforeEach(() => {
    fetchMock.mockReset()
    globalThis.fetch = fetchMock
  })

  it('before claiming: listed, not openable, and it says views are recorded', () => {
    render(<MaterialList applicationId='app-000001' materials={materials} canView={false} />)
    expect(screen.getByText('身份证 1.jpg')).toBeTruthy()
    expect(screen.getByText(/证据（工资条、聊天记录、欠条、病历等） · 2.3 MB/)).toBeTruthy()
    expect(screen.getByText('领取后才能查看材料。查看会被记录。')).toBeTruthy()
    expect(screen.queryByText('查看')).toBeNull()
  })

  describe('in the browser build', () => {
    const env = process.env.TARO_ENV
    beforeEach(() => {
      process.env.TARO_ENV = 'h5'
    })
    afterEach(() => {
      process.env.TARO_ENV = env
    })

    it('查看 asks the cloud for a link to that file and opens it on the local cloud’s address', async () => {
      const open = jest.spyOn(window, 'open').mockReturnValue(null)
      fetchMock.mockResolvedValue(
        answer({ ok: true, data: { url: '/files/local-abc?exp=1&sig=x', expiresAt: '2026-12-01T02:10:00.000Z', name: '证据 2.pdf', type: 'application/pdf' } })
      )
      render(<MaterialList applicationId='app-000001' materials={materials} canView />)
      expect(screen.getByText('查看会被记录：每次打开文件都会写进操作记录。')).toBeTruthy()
      await act(async () => fireEvent.click(screen.getByLabelText('查看证据 2.pdf')))
      const [url, init] = fetchMock.mock.calls[0]
      expect(url).toBe('/api/apply')
      expect(JSON.parse(init.body)).toEqual({ action: 'staffMaterialLink', payload: { id: 'app-000001', materialId: 'mat-2' } })
      expect(open).toHaveBeenCalledWith(`${window.location.origin}/files/local-abc?exp=1&sig=x`, '_blank', 'noopener')
      open.mockRestore()
    })

    it('a refused link says why and opens nothing', async () => {
      const open = jest.spyOn(window, 'open').mockReturnValue(null)
      fetchMock.mockResolvedValue(answer({ ok: false, error: { code: 'AUTH.FORBIDDEN', message: '请先领取这个申请' } }))
      render(<MaterialList applicationId='app-000001' materials={materials} canView />)
      await act(async () => fireEvent.click(screen.getByLabelText('查看身份证 1.jpg')))
      expect(screen.getByText('请先领取这个申请')).toBeTruthy()
      expect(open).not.toHaveBeenCalled()
      open.mockRestore()
    })
  })

  describe('on WeChat (its image viewer and document APIs stood in: they cannot run here)', () => {
    const env = process.env.TARO_ENV
    beforeEach(() => {
      process.env.TARO_ENV = 'weapp'
    })
    afterEach(() => {
      process.env.TARO_ENV = env
      jest.restoreAllMocks()
    })
    const link = (name: string, type: MaterialLink['type']): MaterialLink => ({
      url: `https://tcb.example/${name}?sign=1`,
      expiresAt: '2026-12-01T02:10:00.000Z',
      name,
      type
    })

    it('a photo opens in the image viewer; a PDF is downloaded and opened as a document', async () => {
      const preview = jest.spyOn(Taro, 'previewImage').mockResolvedValue({ errMsg: 'previewImage:ok' })
      const download = jest
        .spyOn(Taro, 'downloadFile')
        .mockResolvedValue({ tempFilePath: 'wxfile://tmp/a.pdf', statusCode: 200, errMsg: 'downloadFile:ok' } as never)
      const openDocument = jest.spyOn(Taro, 'openDocument').mockResolvedValue({ errMsg: 'openDocument:ok' })
      await openMaterial(link('id.jpg', 'image/jpeg'))
      expect(preview).toHaveBeenCalledWith({ urls: ['https://tcb.example/id.jpg?sign=1'], current: 'https://tcb.example/id.jpg?sign=1' })
      expect(download).not.toHaveBeenCalled()
      await openMaterial(link('evidence.pdf', 'application/pdf'))
      expect(download).toHaveBeenCalledWith({ url: 'https://tcb.example/evidence.pdf?sign=1' })
      expect(openDocument).toHaveBeenCalledWith({ filePath: 'wxfile://tmp/a.pdf', fileType: 'pdf', showMenu: false })
    })
  })

  it('a cloud-storage link is used as it is; a local one is read against the gateway', () => {
    expect(absoluteMaterialUrl('https://tcb.example/x.jpg?sign=1', 'http://127.0.0.1:10092')).toBe('https://tcb.example/x.jpg?sign=1')
    expect(absoluteMaterialUrl('/files/k?exp=1', 'http://127.0.0.1:10092/')).toBe('http://127.0.0.1:10092/files/k?exp=1')
  })
})
