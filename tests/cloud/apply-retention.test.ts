/**
 * Retention of applications on both stores: a finished application is anonymised after the
 * consultations' period and its files are deleted from the file store; an open one is left
 * alone; the file's claim stays, so the deleted file's key is never accepted again.
 */
import fs from 'node:fs'
import path from 'node:path'
import { anonymiseExpiredApplications } from '../../cloudfunctions/usecases/retention'
import { aidForm, applyTestBed, CENTRE_LAWYER, CITIZEN, dumpOf, KALONG_MEDIATOR, mediationForm, ok, upload } from '../helpers/apply'
import { STORE_KINDS } from '../helpers/stores'

describe.each(STORE_KINDS)('retention of applications on %s', (kind) => {
  const bed = applyTestBed(kind, CENTRE_LAWYER, KALONG_MEDIATOR)

  it('anonymises finished applications after 3 years and deletes their files; open ones stay whole', async () => {
    const photo = await upload(bed.files, CITIZEN)
    const refused = await ok(bed.call(CITIZEN, 'createAid', aidForm({ materials: [{ upload: photo, kind: 'id-card' }] })))
    await ok(bed.call(CENTRE_LAWYER.openid, 'claim', { id: refused.id }))
    await ok(bed.call(CENTRE_LAWYER.openid, 'refuse', { id: refused.id, reason: '您家的月收入高于本县的经济困难标准。' }))
    const mediation = await ok(bed.call(CITIZEN, 'createMediation', mediationForm()))
    await ok(bed.call(KALONG_MEDIATOR.openid, 'decline', { id: mediation.id, reason: '对方明确不愿意调解' }))
    const open = await ok(
      bed.call(
        CITIZEN,
        'createAid',
        aidForm({ description: '这一件还在审查，老板欠了我八千块钱。', applicant: { name: '王五', phone: '13900009999', township: '芦花镇' } })
      )
    )

    expect(await anonymiseExpiredApplications(bed.store, bed.files, new Date('2029-11-30T00:00:00Z'))).toMatchObject({ anonymised: 0 })
    expect(fs.existsSync(path.join(bed.files.dir, photo))).toBe(true)
    expect(await anonymiseExpiredApplications(bed.store, bed.files, new Date('2029-12-02T00:00:00Z'))).toEqual({
      cutoff: '2026-12-02T00:00:00.000Z',
      anonymised: 2
    })

    expect(fs.existsSync(path.join(bed.files.dir, photo))).toBe(false)
    const text = JSON.stringify(dumpOf(bed.opened))
    // Named, not dumped, when it fails: the dump is the whole store.
    expect(['张三', '13800135678', '李四', '在工地干了三个月', '月收入高于', photo].filter((personal) => text.includes(personal))).toEqual([])
    expect(text).toContain('这一件还在审查')
    expect(await bed.call(CITIZEN, 'getMine', { id: refused.id })).toMatchObject({ ok: false, error: { code: 'RESOURCE.NOT_FOUND' } })
    expect(await bed.store.applications.get(refused.id)).toMatchObject({ kind: 'aid', status: 'refused', aid: { matter: 'wages', materials: [] } })
    expect((await ok(bed.call(CITIZEN, 'getMine', { id: open.id }))).status).toBe('submitted')
    expect(await anonymiseExpiredApplications(bed.store, bed.files, new Date('2029-12-03T00:00:00Z'))).toMatchObject({ anonymised: 0 })

    // The deleted file's key is never accepted again, even if a file reappeared under it.
    fs.writeFileSync(path.join(bed.files.dir, photo), Buffer.from([0xff, 0xd8, 0xff, 0xe0]))
    fs.writeFileSync(path.join(bed.files.dir, `${photo}.json`), JSON.stringify({ uploaderOpenid: CITIZEN }))
    expect(
      await bed.call(CITIZEN, 'addMaterials', { id: open.id, clientRequestId: 'retry-after-retention', materials: [{ upload: photo, kind: 'evidence' }] })
    ).toMatchObject({
      ok: false,
      error: { message: '第 1 个文件属于别的申请，不能再用。请重新选择' }
    })

    // The 承办人 appointed and the case never marked 办结: 3 years from the appointment, its data goes too.
    await ok(bed.call(CENTRE_LAWYER.openid, 'claim', { id: open.id }))
    await ok(bed.call(CENTRE_LAWYER.openid, 'grant', { id: open.id }))
    await ok(bed.call(CENTRE_LAWYER.openid, 'assign', { id: open.id, assignee: { kind: 'lawyer', name: '李律师', phone: '0837-1234567' } }))
    expect(await anonymiseExpiredApplications(bed.store, bed.files, new Date('2029-12-03T00:00:00Z'))).toMatchObject({ anonymised: 1 })
    expect(JSON.stringify(dumpOf(bed.opened))).not.toContain('这一件还在审查')
  })
})
