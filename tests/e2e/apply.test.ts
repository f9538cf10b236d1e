/**
 * 申请法律援助 and 申请人民调解 end to end, in Chromium on the h5 build and the real local cloud
 * (its SQLite store and its files directory), with each person in a browser of their own:
 * a citizen applies for legal aid through the wizard with two photos and gets the HSY- ticket;
 * a county-centre staff member claims it, opens a photo through its short-lived link (the view
 * lands in the audit trail the admin reads) and asks once for a missing document; the citizen
 * sees the request and its due day and adds a PDF; staff grant aid and assign a 承办人, whose
 * name the citizen then sees. A mediation request reaches the staff member of its township
 * (set by the admin) and not the one of another; the outcome reaches the citizen. A relative
 * follows the application by ticket and phone digits and sees nothing personal. Bad files — a
 * text file named .jpg, an 11th file, a 20 MB file, another case's file — are refused in
 * Chinese and change nothing.
 */
import Database from 'better-sqlite3'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { signInAs, waitForTaroPage } from '../helpers/browser'
import { aidForm } from '../helpers/apply'
import { e2eSession, snap } from '../helpers/e2e-session'
import { jpegBytes, pdfBytes, pngBytes, textBytes } from '../helpers/material-files'

const button = (page: Page, text: string | RegExp) => page.locator('taro-button-core', { hasText: text })
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true }).locator('input, textarea')
/** A button of the staff application page's 处理 card. */
const action = (page: Page, text: string) => page.locator('.staff-actions taro-button-core', { hasText: new RegExp(`^${text}$`) })
/** Taps 确定 on the picker that is open (every picker on the page keeps its own hidden one). */
const confirmPicker = (page: Page) => page.locator('.weui-picker__action', { hasText: '确定' }).filter({ visible: true }).click()
/** Taps the confirming button of the Taro modal that is open (showModal). */
const confirmModal = (page: Page, text: string) => page.locator('.taro-model__confirm', { hasText: text }).filter({ visible: true }).click()
const radio = (page: Page, name: string) => page.getByRole('radio', { name, exact: true }).filter({ visible: true })

/** Picks files through the browser's file chooser, as the citizen's 添加照片 / 添加PDF opens it. */
const pickFiles = async (page: Page, buttonText: '添加照片' | '添加PDF', files: string[]) => {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button(page, buttonText).filter({ visible: true }).click()])
  await chooser.setFiles(files)
}

describe('legal-aid applications and mediation requests in the browser', () => {
  const session = e2eSession({ rateLimit: { windowMs: 10_000, max: 1000 } })
  const stamp = String(Date.now()).slice(-6)
  const citizenName = `王五${stamp}`
  const citizenPhone = '13900135678'
  const description = '在成都工地干了三个月，老板一直不发工资，一共欠了一万二。'
  const requestText = '2026年9月到11月的工资条（照片或 PDF 都可以）'
  const helper = { name: `赵律师${stamp}`, phone: '13712345678' }
  let dir: string
  const file = (name: string, bytes: Buffer) => {
    const at = path.join(dir, name)
    fs.writeFileSync(at, bytes)
    return at
  }
  /** The names of the files the page sent to the local cloud (POST /files), in order. */
  const uploadsOf = (page: Page) => {
    const sent: string[] = []
    page.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/files') sent.push(r.url())
    })
    return sent
  }
  const filesOnDisk = () => (fs.existsSync(session.cloud.files.dir) ? fs.readdirSync(session.cloud.files.dir).length : 0)
  const person = async (persona: '群众' | '工作人员' | '管理员', name: string): Promise<Page> => {
    const page = await session.open()
    await signInAs(page, persona, name)
    return page
  }
  /** The citizen's wizard up to its materials step: who, a wage claim, the migrant-worker exemption, the promise. */
  const wizardToMaterials = async (page: Page, onExemption?: () => Promise<void>) => {
    await page.getByText('申请法律援助', { exact: true }).click()
    await waitForTaroPage(page, '/apply/pages/aid')
    await page.getByText('谁申请？').waitFor()
    await field(page, '姓名').fill(citizenName)
    await field(page, '手机号').fill(citizenPhone)
    await page.getByLabel('家乡乡镇').click()
    await confirmPicker(page)
    await button(page, '下一步').click()
    await radio(page, '要工钱、确认劳动关系').click()
    await field(page, '简单说说事情经过').fill(description)
    await button(page, '下一步').click()
    // The exemption is said before anything about money.
    const exemption = page.getByText('外出打工讨工钱、要工伤赔偿，不用查经济困难')
    await exemption.waitFor()
    const said = await exemption.boundingBox()
    const moneyQuestion = await page.getByText('以上都不是，我说说家里的经济情况').boundingBox()
    expect(said!.y).toBeLessThan(moneyQuestion!.y)
    await radio(page, '我是外出务工人员，要工钱或工伤赔偿（第四十二条第三项）').click()
    await onExemption?.()
    await button(page, '下一步').click()
    await page.getByText('个人诚信承诺').waitFor()
    await page.locator('.toggle-row', { hasText: '我承诺' }).locator('input[type=checkbox]').click()
    await button(page, '下一步').click()
    await page.getByText('请准备这些材料').waitFor()
  }

  let ticket = ''
  let applicationId = ''
  const staffName = `中心小刘${stamp}`

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apply-e2e-'))
  })
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('a citizen applies through the wizard with two photos and gets an HSY- ticket', async () => {
    const citizen = await person('群众', citizenName)
    const uploads = uploadsOf(citizen)
    await wizardToMaterials(citizen, () => snap(citizen, 'apply-exemption'))

    await pickFiles(citizen, '添加照片', [file('身份证正面.jpg', jpegBytes())])
    await radio(citizen, '证据（工资条、聊天记录、欠条、病历等）').click()
    await pickFiles(citizen, '添加照片', [file('工资条.png', pngBytes())])
    await citizen.waitForFunction(() => document.querySelectorAll('.material-done').length === 2)
    await citizen.getByText('还可以加 8 个').waitFor()
    expect(await citizen.locator('.material-item').allTextContents()).toEqual([
      expect.stringContaining('是：身份证'),
      expect.stringContaining('是：证据（工资条、聊天记录、欠条、病历等）')
    ])
    await citizen.locator('.material-item').last().scrollIntoViewIfNeeded()
    await snap(citizen, 'apply-materials')
    expect(uploads).toHaveLength(2)

    await button(citizen, '下一步').click()
    await citizen.getByText('您的事情着急吗？').waitFor()
    await button(citizen, '下一步').click()
    await citizen.getByText('核对后提交', { exact: false }).or(citizen.getByText('确认提交')).first().waitFor()
    await citizen.getByText('身份证 1 个，证据（工资条、聊天记录、欠条、病历等） 1 个').waitFor()
    await citizen.locator('.toggle-row', { hasText: '同意按上面的说明处理我的个人信息' }).locator('input[type=checkbox]').click()
    await button(citizen, '提交申请').click()

    await waitForTaroPage(citizen, '/apply/pages/detail')
    const head = citizen.locator('[role=status]', { hasText: '法律援助申请' })
    ticket = ((await head.textContent()) ?? '').match(/HSY-\d{8}-\d{4}/)?.[0] ?? ''
    expect(ticket).toMatch(/^HSY-\d{8}-\d{4}$/)
    applicationId = new URL(citizen.url().replace('/#', '')).searchParams.get('id') ?? ''
    await head.getByText('审查中').waitFor()
    await citizen.getByText('已交的材料（2 个）').waitFor()
    await citizen.getByText(/^审查期限：\d{4}年\d{1,2}月\d{1,2}日前（还有 7 天）$/).waitFor()
  })

  it('county-centre staff claim it, open a photo by its short-lived link (audited), and ask once for a missing document', async () => {
    const staff = await person('工作人员', staffName)
    await staff.goto(`${session.cloud.url}/#/staff/pages/index/index`)
    await staff.getByText('申请（法律援助、人民调解）').click()
    await waitForTaroPage(staff, '/staff/pages/applications')
    const item = staff.locator('.staff-item', { hasText: ticket })
    await item.getByText('还没有人领取').waitFor()
    await item.click()
    await waitForTaroPage(staff, '/staff/pages/application')
    await staff.getByText('领取后才能查看材料。查看会被记录。').waitFor()
    expect(await staff.getByLabel(/^查看/).count()).toBe(0)

    await action(staff, '领取').click()
    await confirmModal(staff, '领取')
    await staff.getByText('由我处理').waitFor()
    await staff.locator('.staff-facts .staff-fact', { hasText: '事情经过' }).getByText(description).waitFor()
    await staff.evaluate(() => window.scrollTo(0, 0))
    await snap(staff, 'apply-staff-application')

    // The photo opens in a new tab from a link the cloud signed for a few minutes.
    const [tab] = await Promise.all([staff.context().waitForEvent('page'), staff.getByLabel(/^查看身份证 1/).click()])
    await tab.waitForURL(/\/files\/local-/)
    const link = tab.url()
    expect(new URL(link).pathname).toMatch(/^\/files\/local-/)
    const opened = await fetch(link)
    expect(opened.status).toBe(200)
    expect(opened.headers.get('content-type')).toBe('image/jpeg')
    expect(Buffer.from(await opened.arrayBuffer()).equals(jpegBytes())).toBe(true)
    const altered = new URL(link)
    altered.searchParams.set('exp', String(Number(altered.searchParams.get('exp')) + 60_000))
    expect((await fetch(altered)).status).toBe(403)
    await tab.close()

    // 一次性告知: everything missing, once.
    await action(staff, '一次性告知补充材料').click()
    await staff.getByText(/^一次性告知：只能要求补充一次/).waitFor()
    await field(staff, '缺少的材料（一次写全）').fill(requestText)
    await action(staff, '发出补充要求').click()
    await confirmModal(staff, '发出')
    await staff.locator('.staff-case-status', { hasText: '等群众补充材料' }).waitFor()
    expect(await action(staff, '一次性告知补充材料').count()).toBe(0)

    // The admin reads the view of the file in the audit trail, by who did it.
    const admin = await person('管理员', `巡查员${stamp}`)
    await admin.goto(`${session.cloud.url}/#/staff/pages/audit/index`)
    const viewed = admin.locator('.staff-audit-entry', { hasText: `${staffName} · 查看申请材料` })
    await viewed.first().waitFor()
    expect(await viewed.count()).toBe(1)
    await admin.locator('.staff-audit-entry', { hasText: `${staffName} · 一次性告知补充材料` }).waitFor()
    // The entry names the application, never the file's key (which would open the file).
    const fileKey = new URL(link).pathname.split('/').pop() ?? ''
    const db = new Database(session.cloud.temp.file, { readonly: true })
    const rows = db.prepare("SELECT * FROM audit WHERE action = 'apply.material.viewed'").all()
    db.close()
    expect(rows).toHaveLength(1)
    expect(JSON.stringify(rows)).toContain(applicationId)
    expect(JSON.stringify(rows)).not.toContain(fileKey)
  })

  it('the citizen sees the request with its due day and adds the missing document as a PDF', async () => {
    const citizen = await person('群众', citizenName)
    await citizen.goto(`${session.cloud.url}/#/apply/pages/mine/index`)
    await citizen
      .locator('.mine-item', { hasText: ticket })
      .getByText(/等补充材料/)
      .waitFor()
    await citizen.locator('.mine-item', { hasText: ticket }).click()
    await waitForTaroPage(citizen, '/apply/pages/detail')
    const request = citizen.locator('.materials-request')
    await request.getByText('工作人员请您补充材料').waitFor()
    await request.getByText(requestText).waitFor()
    await request.getByText(/^请在 \d{4}年\d{1,2}月\d{1,2}日前（还有 15 天）补充。过期没有补充的，按您撤回申请处理/).waitFor()
    await snap(citizen, 'apply-materials-request')

    const uploads = uploadsOf(citizen)
    await request.locator('taro-button-core', { hasText: '补充材料' }).click()
    await citizen.getByText('还可以加 8 个').waitFor()
    await radio(citizen, '证据（工资条、聊天记录、欠条、病历等）').click()
    await pickFiles(citizen, '添加PDF', [file('工资条9-11月.pdf', pdfBytes())])
    await citizen.locator('.material-done').waitFor()
    await button(citizen, '提交补充的材料').click()
    await citizen.getByText('已交的材料（3 个）').waitFor()
    await citizen.locator('.case-status', { hasText: '审查中' }).waitFor()
    await citizen.getByText(/^您在 .* 补充了工作人员要的材料。$/).waitFor()
    expect(await citizen.locator('.materials-request').count()).toBe(0)
    expect(uploads).toHaveLength(1)
  })

  it('staff grant aid and assign a 承办人; the citizen sees 已指派 and the helper’s name', async () => {
    const staff = await person('工作人员', staffName)
    await staff.goto(`${session.cloud.url}/#/staff/pages/application/index?id=${applicationId}`)
    await staff.locator('.staff-case-status', { hasText: '待审查' }).waitFor()
    await staff.getByText('材料（3 个）').waitFor()
    await action(staff, '准予援助').click()
    await confirmModal(staff, '准予')
    await staff.locator('.staff-case-status', { hasText: '已准予，待指派' }).waitFor()
    await action(staff, '指派承办人').click()
    await staff.getByRole('radio', { name: '律师', exact: true }).click()
    await field(staff, '承办人名字').fill(helper.name)
    await field(staff, '承办人电话（可以不写）').fill(helper.phone)
    await action(staff, '确认指派').click()
    await confirmModal(staff, '指派')
    await staff.locator('.staff-case-status', { hasText: '已指派承办人' }).waitFor()

    const citizen = await person('群众', citizenName)
    await citizen.goto(`${session.cloud.url}/#/apply/pages/detail/index?id=${applicationId}`)
    await citizen.locator('.case-status', { hasText: '已指派' }).waitFor()
    const assignee = citizen.locator('.assignee')
    await assignee.getByText(`${helper.name}（律师）`).waitFor()
    await assignee
      .getByLabel(new RegExp(`${helper.phone}`))
      .or(assignee.getByText(new RegExp(helper.phone)))
      .first()
      .waitFor()
  })

  it('a mediation request reaches the staff of its township (set by the admin) and not those of another; the outcome reaches the citizen', async () => {
    const luhua = `芦花镇小周${stamp}`
    const kalong = `卡龙镇小杨${stamp}`
    // Local sign-in writes the staff record: sign in first, then the admin sets their townships.
    const luhuaPage = await person('工作人员', luhua)
    const kalongPage = await person('工作人员', kalong)
    const admin = await person('管理员', `巡查员${stamp}`)
    const setTownship = async (name: string, township: string) => {
      await admin.goto(`${session.cloud.url}/#/staff/pages/admin/index`)
      await admin.getByLabel(`设置${name}负责调解的乡镇`, { exact: true }).click()
      await admin.getByRole('checkbox', { name: township, exact: true }).click()
      await button(admin, '保存乡镇').click()
      await admin
        .getByText(new RegExp(`${township}`))
        .first()
        .waitFor()
      await admin.locator('.staff-townships').waitFor({ state: 'detached' })
    }
    await setTownship(luhua, '芦花镇')
    await setTownship(kalong, '卡龙镇')

    const citizen = await person('群众', citizenName)
    await citizen.getByText('申请人民调解', { exact: true }).click()
    await waitForTaroPage(citizen, '/apply/pages/mediation')
    await radio(citizen, '邻里纠纷').click()
    await citizen.getByLabel('事情发生的乡镇').click()
    await confirmPicker(citizen)
    await citizen.getByText('由芦花镇人民调解委员会负责调解。').waitFor()
    await field(citizen, '说说发生了什么').fill('邻居盖房子占了我家的路，商量了几次都不行。')
    await field(citizen, '姓名').fill(citizenName)
    await field(citizen, '手机号').fill(citizenPhone)
    await citizen.getByLabel('家乡乡镇').click()
    await confirmPicker(citizen)
    await citizen.locator('.toggle-row', { hasText: '同意按上面的说明处理我的个人信息' }).locator('input[type=checkbox]').click()
    await button(citizen, '提交调解申请').click()
    await waitForTaroPage(citizen, '/apply/pages/detail')
    const head = citizen.locator('[role=status]', { hasText: '人民调解申请' })
    const mediationTicket = ((await head.textContent()) ?? '').match(/HST-\d{8}-\d{4}/)?.[0] ?? ''
    expect(mediationTicket).toMatch(/^HST-\d{8}-\d{4}$/)

    const mediationList = async (page: Page) => {
      await page.goto(`${session.cloud.url}/#/staff/pages/applications/index`)
      await waitForTaroPage(page, '/staff/pages/applications')
      await page.getByRole('radio', { name: '人民调解', exact: true }).click()
      await page.getByText(/^共 \d+ 件|^没有符合条件的人民调解申请。$/).waitFor()
    }
    await mediationList(kalongPage)
    expect(await kalongPage.locator('.staff-item', { hasText: mediationTicket }).count()).toBe(0)
    await mediationList(luhuaPage)
    await luhuaPage.locator('.staff-item', { hasText: mediationTicket }).click()
    await waitForTaroPage(luhuaPage, '/staff/pages/application')
    await action(luhuaPage, '受理').click()
    await confirmModal(luhuaPage, '受理')
    await luhuaPage.locator('.staff-case-status', { hasText: '调解中' }).waitFor()
    await action(luhuaPage, '记录结果').click()
    await luhuaPage.getByRole('radio', { name: '调解成功', exact: true }).click()
    await field(luhuaPage, '结果说明').fill('双方同意把路让出来，邻居赔偿 800 元。')
    await action(luhuaPage, '确认记录').click()
    await confirmModal(luhuaPage, '记录')
    await luhuaPage.locator('.staff-case-status', { hasText: '调解成功' }).waitFor()

    // The other township's staff cannot open it either: for them it does not exist.
    await kalongPage.goto(`${session.cloud.url}/#/staff/pages/application/index?id=${new URL(citizen.url().replace('/#', '')).searchParams.get('id')}`)
    await kalongPage.getByText('没有找到这条申请').waitFor()

    await citizen.reload()
    const outcome = citizen.locator('.outcome')
    await outcome.getByText('调解成功').waitFor()
    await outcome.getByText('说明：双方同意把路让出来，邻居赔偿 800 元。').waitFor()
    // What to do next (judicial confirmation of the agreement) is said once, as the page's 下一步.
    await citizen.getByText(/^下一步：.*向法院申请司法确认/).waitFor()
    expect(
      await citizen
        .locator('.taro_page:visible')
        .getByText(/司法确认/)
        .count()
    ).toBe(1)
    await snap(citizen, 'apply-mediation-outcome')
  })

  it('a relative follows the application by its ticket and the phone’s last four digits, and sees nothing personal', async () => {
    const relative = await session.open()
    await relative.getByText('家人查进度', { exact: true }).click()
    await waitForTaroPage(relative, '/consult/pages/follow')
    const lookUp = async (digits: string) => {
      await field(relative, '单号').fill(ticket)
      await field(relative, '申请人手机号最后 4 位').fill(digits)
      await Promise.all([relative.waitForResponse((r) => r.url().endsWith('/api/consult')), button(relative, '查进度').click()])
    }
    await lookUp(citizenPhone.slice(-4))
    const status = relative.locator('[role=status]', { hasText: ticket })
    await status.getByText('已指派承办人').waitFor()
    await status.getByText(/^下一步：承办人会联系申请人/).waitFor()
    const shown = (await relative.locator('.taro_page').last().textContent()) ?? ''
    for (const personal of [citizenName, citizenPhone, description, helper.name, helper.phone, requestText, '身份证']) expect(shown).not.toContain(personal)
    await snap(relative, 'apply-family-follow')

    await lookUp('0000')
    await relative
      .getByRole('alert')
      .getByText(/^没有查到。/)
      .waitFor()
    expect(await relative.locator('[role=status]', { hasText: ticket }).count()).toBe(0)
  })

  it('refuses bad files in the picker, in Chinese, and keeps nothing of them: a text file named .jpg, a 20 MB photo, an 11th file', async () => {
    const citizen = await person('群众', `孙七${stamp}`)
    const uploads = uploadsOf(citizen)
    await wizardToMaterials(citizen)

    // Refused by its content: the gateway reads its first bytes, whatever its name says.
    const before = filesOnDisk()
    await pickFiles(citizen, '添加照片', [file('工资条照片.jpg', textBytes())])
    await citizen.locator('.material-failed').getByText('✗ 没传上去：只能上传照片（JPG、PNG）或 PDF 文件').waitFor()
    expect(filesOnDisk()).toBe(before)
    await citizen.getByLabel('删除 工资条照片.jpg', { exact: true }).click()
    expect(await citizen.locator('.material-item').count()).toBe(0)

    // Too big: refused on the phone, never sent.
    await pickFiles(citizen, '添加照片', [file('大照片.jpg', Buffer.concat([jpegBytes(), Buffer.alloc(20 * 1024 * 1024, 0x20)]))])
    await citizen.getByRole('alert').getByText('“大照片.jpg”没有加上：文件太大了：每个文件不能超过 10 MB').waitFor()
    expect(await citizen.locator('.material-item').count()).toBe(0)

    // Eleven at once: ten go up, the eleventh is refused before any upload.
    const eleven = Array.from({ length: 11 }, (_, i) => file(`照片${i + 1}.jpg`, jpegBytes()))
    await pickFiles(citizen, '添加照片', eleven)
    await citizen.getByRole('alert').getByText('最多 10 个文件，还有 1 个没有加上').waitFor()
    await citizen.waitForFunction(() => document.querySelectorAll('.material-done').length === 10)
    await citizen.getByText('已经 10 个了，不能再加').waitFor()
    expect(await citizen.locator('.material-item').allTextContents()).not.toContainEqual(expect.stringContaining('照片11.jpg'))
    expect(await button(citizen, '添加照片').getAttribute('disabled')).not.toBeNull()
    // The text file went up once (and was refused there), the 20 MB photo and the eleventh never.
    expect(uploads).toHaveLength(1 + 10)
  })

  it('the cloud refuses a 20 MB upload itself, and another case’s file sent to addMaterials, and changes nothing', async () => {
    const login = await session.cloud.post('/api/_local/login', { persona: 'citizen', name: `周八${stamp}` })
    const token: string = login.body.data.token
    const before = filesOnDisk()
    const big = await fetch(`${session.cloud.url}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: new Uint8Array(Buffer.concat([jpegBytes(), Buffer.alloc(20 * 1024 * 1024, 0x20)]))
    })
    expect(await big.json()).toEqual({ ok: false, error: expect.objectContaining({ message: '文件太大了：每个文件不能超过 10 MB' }) })
    expect(filesOnDisk()).toBe(before)

    const uploadPhoto = async () => {
      const answer = await fetch(`${session.cloud.url}/files`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: new Uint8Array(jpegBytes())
      })
      return ((await answer.json()) as { data: { key: string } }).data.key
    }
    const api = async (action: string, payload: object) => (await session.cloud.post('/api/apply', { action, payload }, token)).body
    const first = await api('createAid', aidForm({ materials: [{ upload: await uploadPhoto(), kind: 'id-card' }] }))
    const otherCaseUpload = await uploadPhoto()
    const second = await api('createAid', aidForm({ materials: [{ upload: otherCaseUpload, kind: 'evidence' }] }))
    expect([first.ok, second.ok]).toEqual([true, true])
    const unchanged = await api('getMine', { id: first.data.id })

    const refused = await api('addMaterials', {
      id: first.data.id,
      clientRequestId: `other-case-${stamp}`,
      materials: [{ upload: otherCaseUpload, kind: 'evidence' }]
    })
    expect(refused).toEqual({ ok: false, error: expect.objectContaining({ code: 'INPUT.INVALID', message: '第 1 个文件属于别的申请，不能再用。请重新选择' }) })
    expect(await api('getMine', { id: first.data.id })).toEqual(unchanged)
    expect((await api('getMine', { id: second.data.id })).data.aid.materials).toHaveLength(1)
  })
})
