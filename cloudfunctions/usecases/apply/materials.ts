/**
 * Attaching uploaded files to an application. The phone uploads first and sends the upload
 * keys; here each file is read and checked — it exists, the caller uploaded it, it is at most
 * 10 MB, its first bytes say JPEG, PNG, WebP or PDF — BEFORE the unit of work (a CloudBase
 * transaction must do no I/O but the database's). Inside the unit, each file is bound to the
 * application for good by a claim (a hash of its key): a file some application already holds
 * is refused, so one upload can never serve two cases. Any refusal names the file's position
 * and aborts the unit: nothing is written, and the uploaded file stays where it is.
 */
import crypto from 'node:crypto'
import { MAX_MATERIAL_BYTES, MAX_MATERIALS, type Material, type MaterialKindId, type MaterialType } from '../../../src/core/domain/application'
import { materialName } from '../../../src/core/domain/application-view'
import { MATERIAL_WRONG_TYPE } from '../../../src/core/domain/material-texts'
import { sniffMaterialType } from '../../files/sniff'
import type { ApplicationUnitOfWork } from '../../store/application-port'
import { AppFailure } from '../../runtime/failure'
import type { SignedInContext } from '../../runtime/context'

export interface NewMaterial {
  upload: string
  kind: MaterialKindId
}

/** A file that passed the checks that need its bytes; the unit still has to claim it. */
export interface CheckedUpload {
  upload: string
  kind: MaterialKindId
  type: MaterialType
  bytes: number
  claimKey: string
}

/** The claim record's key: the file store key, hashed, so the record names no path. */
export const claimKeyOf = (fileKey: string): string => crypto.createHash('sha256').update(`material:${fileKey}`).digest('hex')

const MB = 1024 * 1024

const refusal = (index: number, problem: string) =>
  new AppFailure('INPUT.INVALID', `第 ${index + 1} 个文件${problem}`, [{ path: `materials.${index}.upload`, message: problem }])

export const tooManyRefusal = (already: number) =>
  new AppFailure(
    'INPUT.INVALID',
    already === 0
      ? `最多 ${MAX_MATERIALS} 个文件`
      : `最多 ${MAX_MATERIALS} 个文件。这个申请已经有 ${already} 个，只能再加 ${Math.max(0, MAX_MATERIALS - already)} 个`,
    [{ path: 'materials', message: `最多 ${MAX_MATERIALS} 个文件` }]
  )

/** Reads and checks every file (in order, so the first bad one is named), before any unit of work. */
export const checkUploads = async (ctx: SignedInContext, materials: readonly NewMaterial[], already: number): Promise<CheckedUpload[]> => {
  if (already + materials.length > MAX_MATERIALS) throw tooManyRefusal(already)
  // A file sent twice is refused before anything is downloaded (each read may be 10 MB).
  const repeated = materials.findIndex((m, index) => materials.findIndex((other) => other.upload === m.upload) !== index)
  if (repeated >= 0) throw refusal(repeated, '和前面的文件重复了，请删掉一个')
  const files = await Promise.all(materials.map((m) => ctx.files.read(m.upload)))
  return materials.map((m, index) => {
    const file = files[index]
    if (!file) throw refusal(index, '没有传上去，请重新选择这个文件')
    if (file.uploaderOpenid && file.uploaderOpenid !== ctx.caller.openid) throw refusal(index, '不是您上传的，请重新选择')
    if (file.bytes.length > MAX_MATERIAL_BYTES) throw refusal(index, `太大了：每个文件不能超过 ${MAX_MATERIAL_BYTES / MB} MB`)
    const type = sniffMaterialType(file.bytes)
    if (!type) throw refusal(index, `的类型不对：${MATERIAL_WRONG_TYPE}`)
    return { upload: m.upload, kind: m.kind, type, bytes: file.bytes.length, claimKey: claimKeyOf(m.upload) }
  })
}

/**
 * Inside the unit: claims each file for the application (refusing one any application holds
 * already) and answers the materials to add, named by the cloud after what the application has.
 */
export const claimUploads = async (
  uow: ApplicationUnitOfWork,
  applicationId: string,
  checked: readonly CheckedUpload[],
  existing: readonly Material[],
  at: string
): Promise<Material[]> => {
  const claims = await Promise.all(checked.map((c) => uow.materialClaim(c.claimKey)))
  const taken = claims.findIndex((claim) => claim !== null)
  if (taken >= 0) throw refusal(taken, '属于别的申请，不能再用。请重新选择')
  await Promise.all(checked.map((c) => uow.saveMaterialClaim({ key: c.claimKey, applicationId, at })))
  const numbered = new Map<MaterialKindId, number>()
  for (const m of existing) numbered.set(m.kind, (numbered.get(m.kind) ?? 0) + 1)
  return checked.map((c) => {
    const n = (numbered.get(c.kind) ?? 0) + 1
    numbered.set(c.kind, n)
    return { id: crypto.randomUUID(), kind: c.kind, name: materialName(c.kind, n, c.type), type: c.type, bytes: c.bytes, fileKey: c.upload, addedAt: at }
  })
}
