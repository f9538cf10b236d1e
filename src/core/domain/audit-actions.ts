/**
 * Every kind of entry the audit trail records, with the words an admin reads for it. Use cases
 * record only these codes (the type refuses any other); the trail page shows only the words.
 */
export const AUDIT_ACTIONS = {
  view: '查看案件',
  claim: '领取',
  release: '放回队列',
  reply: '答复',
  ask: '请群众补充',
  note: '内部备注',
  'callback.reached': '回电打通了',
  'callback.missed': '回电没打通',
  'handover.point': '转交给服务点',
  'handover.staff': '转交给工作人员',
  close: '结案',
  'review.approve': '审核通过',
  'review.reject': '审核不通过',
  'invite.create': '创建邀请码',
  'invite.redeem': '用邀请码加入',
  'invite.revoke': '撤销邀请码',
  'staff.remove': '移除工作人员',
  'stats.export': '导出统计',
  'tips.save': '保存小贴士',
  'tips.publish': '发布小贴士',
  'tips.unpublish': '撤下小贴士',
  'points.create': '新增服务站点',
  'points.update': '修改服务站点',
  'points.activate': '重新启用服务站点',
  'points.deactivate': '停用服务站点',
  'points.import': '导入服务站点',
  'consult.follow.shown': '家人查进度查到了',
  'consult.follow.refused': '家人查进度没对上',
  'consult.follow.locked': '家人查进度试错太多已锁定',
  'apply.view': '查看申请',
  'apply.claim': '领取申请',
  'apply.materials.request': '一次性告知补充材料',
  'apply.grant': '决定给予法律援助',
  'apply.grant.first': '先行提供法律援助',
  'apply.assign': '指派承办人',
  'apply.refuse': '决定不予法律援助',
  'apply.deem-withdrawn': '视为撤回申请',
  'apply.close': '法律援助结案',
  'apply.accept': '受理调解申请',
  'apply.decline': '不受理调解申请',
  'apply.outcome': '记录调解结果',
  'apply.material.viewed': '查看申请材料',
  'staff.townships': '设置负责的乡镇'
} as const

export type AuditAction = keyof typeof AUDIT_ACTIONS

/** Older entries may carry a code this version no longer knows: never show a raw code. */
export const auditActionLabel = (action: string): string => (Object.hasOwn(AUDIT_ACTIONS, action) ? AUDIT_ACTIONS[action as AuditAction] : '其他操作')
