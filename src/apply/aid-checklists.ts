/**
 * What to bring (photos or PDF) for each legal-aid matter, and for the way hardship is shown.
 * Matters a consultation also has reuse its list (src/core/domain/matters.ts CHECKLISTS).
 */
import type { AidMatterId, HardshipExemptionId } from '@/core/domain/legal-aid-law'
import { CHECKLISTS } from '@/core/domain/matters'

const OWN: Record<Exclude<AidMatterId, keyof typeof CHECKLISTS>, readonly string[]> = {
  pension: ['身份证', '能证明是烈士、因公牺牲人员家属或残疾军人的证件', '有关部门的通知、决定书'],
  'state-compensation': ['身份证', '无罪判决书、撤销案件决定书等', '被羁押、被扣押财产的证明'],
  environment: ['身份证', '受损害的照片、视频', '看病、损失的票据', '污染单位的名称和地址'],
  capacity: ['身份证、户口本', '家人的病历、诊断证明', '能证明你们亲属关系的材料'],
  bravery: ['身份证', '见义勇为的认定材料或证人的联系方式', '受伤的病历和费用票据'],
  'martyr-honour': ['身份证', '烈士证明书', '能证明你们亲属关系的材料', '侵害名誉的截图、录像等']
}

const PROOF_OF_EXEMPTION: Partial<Record<HardshipExemptionId, string>> = {
  'no-income-group': '能证明年龄或残疾的材料（户口本、残疾证）',
  'assistance-recipient': '低保证、特困供养证或领救助的证明'
}

export const aidChecklist = (matter: AidMatterId, exemption?: HardshipExemptionId): readonly string[] => {
  const base = matter in CHECKLISTS ? CHECKLISTS[matter as keyof typeof CHECKLISTS] : OWN[matter as keyof typeof OWN]
  const proof = exemption ? PROOF_OF_EXEMPTION[exemption] : undefined
  return proof ? [...base, proof] : base
}
