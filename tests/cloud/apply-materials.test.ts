/**
 * Materials' files, checked by the cloud on both stores with real files in a temp directory:
 * every bad input — a .jpg that is really text, an 11th file, a 20 MB file, another case's
 * file, another person's upload, a missing upload, the same file twice — gets a clear Chinese
 * error naming the file, and changes nothing (the store's dump before and after is equal, and
 * the uploaded file stays where it is). Two submissions attaching the same upload: one wins.
 */
import fs from 'node:fs'
import path from 'node:path'
import { aidForm, applyTestBed, CITIZEN, dumpOf, jpegBytes, newRequestId, ok, OTHER_CITIZEN, pdfBytes, pngBytes, textBytes, upload } from '../helpers/apply'
import { raceOverlap, STORE_KINDS } from '../helpers/stores'

const MB = 1024 * 1024

describe.each(STORE_KINDS)('materials on %s', (kind) => {
  const bed = applyTestBed(kind)

  const evidence = (key: string) => ({ upload: key, kind: 'evidence' as const })

  /** The call is refused with `message`, and neither the bed.store nor the bed.files directory changed. */
  const expectRefusedUnchanged = async (make: () => Promise<unknown>, message: string | RegExp) => {
    const before = dumpOf(bed.opened)
    const filesBefore = fs.readdirSync(bed.files.dir).sort()
    const answer = (await make()) as { ok: boolean; error: { code: string; message: string; issues?: Array<{ message: string }> } }
    expect(answer).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } })
    // The words are the message, or (refused by the shared schema) the field's own message.
    expect([answer.error.message, ...(answer.error.issues ?? []).map((i) => i.message)].some((text) => text.match(message))).toBe(true)
    expect(dumpOf(bed.opened)).toEqual(before)
    expect(fs.readdirSync(bed.files.dir).sort()).toEqual(filesBefore)
  }

  it('accepts JPEG, PNG and PDF by their content, whatever they are called', async () => {
    const keys = [await upload(bed.files, CITIZEN, jpegBytes()), await upload(bed.files, CITIZEN, pngBytes()), await upload(bed.files, CITIZEN, pdfBytes())]
    const detail = await ok(bed.call(CITIZEN, 'createAid', aidForm({ materials: keys.map(evidence) })))
    expect(detail.aid.materials.map((m: { type: string; name: string }) => [m.type, m.name])).toEqual([
      ['image/jpeg', '证据 1.jpg'],
      ['image/png', '证据 2.png'],
      ['application/pdf', '证据 3.pdf']
    ])
  })

  it('refuses a .jpg that is really text', async () => {
    const good = await upload(bed.files, CITIZEN)
    const text = await upload(bed.files, CITIZEN, textBytes())
    await expectRefusedUnchanged(
      () => bed.call(CITIZEN, 'createAid', aidForm({ materials: [evidence(good), evidence(text)] })),
      '第 2 个文件的类型不对：只能上传照片（JPG、PNG）或 PDF 文件'
    )
  })

  it('refuses a 20 MB file', async () => {
    const big = await upload(bed.files, CITIZEN, jpegBytes(20 * MB))
    await expectRefusedUnchanged(() => bed.call(CITIZEN, 'createAid', aidForm({ materials: [evidence(big)] })), '第 1 个文件太大了：每个文件不能超过 10 MB')
  })

  it('refuses an 11th file, in one go and added later', async () => {
    const eleven = await Promise.all(Array.from({ length: 11 }, () => upload(bed.files, CITIZEN)))
    await expectRefusedUnchanged(() => bed.call(CITIZEN, 'createAid', aidForm({ materials: eleven.map(evidence) })), '最多 10 个文件')
    const { id } = await ok(bed.call(CITIZEN, 'createAid', aidForm({ materials: eleven.slice(0, 10).map(evidence) })))
    await expectRefusedUnchanged(
      () => bed.call(CITIZEN, 'addMaterials', { id, clientRequestId: newRequestId(), materials: [evidence(eleven[10])] }),
      '最多 10 个文件。这个申请已经有 10 个，只能再加 0 个'
    )
  })

  it('refuses a file another application holds', async () => {
    const shared = await upload(bed.files, CITIZEN)
    await ok(bed.call(CITIZEN, 'createAid', aidForm({ materials: [evidence(shared)] })))
    const { id } = await ok(bed.call(CITIZEN, 'createAid', aidForm()))
    await expectRefusedUnchanged(
      () => bed.call(CITIZEN, 'addMaterials', { id, clientRequestId: newRequestId(), materials: [evidence(shared)] }),
      '第 1 个文件属于别的申请，不能再用。请重新选择'
    )
  })

  it('refuses the link of another case’s file sent as an upload', async () => {
    const shared = await upload(bed.files, CITIZEN)
    const other = await ok(bed.call(CITIZEN, 'createAid', aidForm({ materials: [evidence(shared)] })))
    const link = await ok(bed.call(CITIZEN, 'materialLink', { id: other.id, materialId: other.aid.materials[0].id }))
    const { id } = await ok(bed.call(CITIZEN, 'createAid', aidForm()))
    await expectRefusedUnchanged(
      () => bed.call(CITIZEN, 'addMaterials', { id, clientRequestId: newRequestId(), materials: [evidence(link.url)] }),
      '第 1 个文件没有传上去，请重新选择这个文件'
    )
  })

  it('refuses another person’s upload', async () => {
    const theirs = await upload(bed.files, OTHER_CITIZEN)
    await expectRefusedUnchanged(() => bed.call(CITIZEN, 'createAid', aidForm({ materials: [evidence(theirs)] })), '第 1 个文件不是您上传的，请重新选择')
  })

  it('refuses a missing upload and the same file twice', async () => {
    const good = await upload(bed.files, CITIZEN)
    await expectRefusedUnchanged(
      () => bed.call(CITIZEN, 'createAid', aidForm({ materials: [evidence(good), evidence('local-00000000-0000-4000-8000-000000000000')] })),
      '第 2 个文件没有传上去，请重新选择这个文件'
    )
    await expectRefusedUnchanged(
      () => bed.call(CITIZEN, 'createAid', aidForm({ materials: [evidence(good), evidence(good)] })),
      '第 2 个文件和前面的文件重复了'
    )
  })

  it('leaves a refused upload where it is, so the citizen can retry without uploading again', async () => {
    const good = await upload(bed.files, CITIZEN)
    const text = await upload(bed.files, CITIZEN, textBytes())
    expect((await bed.call(CITIZEN, 'createAid', aidForm({ materials: [evidence(good), evidence(text)] }))).ok).toBe(false)
    expect(fs.existsSync(path.join(bed.files.dir, good))).toBe(true)
    expect(await ok(bed.call(CITIZEN, 'createAid', aidForm({ materials: [evidence(good)] })))).toMatchObject({ status: 'submitted' })
  })

  it('lets only one of two submissions attaching the same upload at once have it', async () => {
    const photo = await upload(bed.files, CITIZEN)
    const { result: answers, overlapped } = await raceOverlap(bed.opened, () =>
      Promise.all([
        bed.call(CITIZEN, 'createAid', aidForm({ materials: [evidence(photo)] })),
        bed.call(CITIZEN, 'createAid', aidForm({ materials: [evidence(photo)] }))
      ])
    )
    expect(overlapped).not.toBe(false)
    expect(answers.filter((a) => a.ok)).toHaveLength(1)
    expect(answers.find((a) => !a.ok)).toMatchObject({ error: { code: 'INPUT.INVALID', message: '第 1 个文件属于别的申请，不能再用。请重新选择' } })
    const { items } = await bed.store.applications.listByOwner(CITIZEN, 0, 10)
    expect(items).toHaveLength(1)
  })

  it('answers a retried addMaterials with the first result, adding nothing twice', async () => {
    const { id } = await ok(bed.call(CITIZEN, 'createAid', aidForm()))
    const payload = { id, clientRequestId: newRequestId(), materials: [evidence(await upload(bed.files, CITIZEN))] }
    const first = await ok(bed.call(CITIZEN, 'addMaterials', payload))
    const again = await ok(bed.call(CITIZEN, 'addMaterials', payload))
    expect(again.aid.materials).toEqual(first.aid.materials)
    expect(first.aid.materials).toHaveLength(1)
  })
})
