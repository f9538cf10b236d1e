/**
 * The audit trail reads in Chinese: every code has words, and no raw code leaks. (That use cases
 * record only catalogue codes is checked by the compiler: audit() takes an AuditAction.)
 */
import { AUDIT_ACTIONS, auditActionLabel } from '@/core/domain/audit-actions'

describe('audit actions', () => {
  it('gives every recorded code Chinese words', () => {
    for (const [code, label] of Object.entries(AUDIT_ACTIONS)) {
      expect(auditActionLabel(code)).toBe(label)
      expect(label).toMatch(/^[\u4e00-\u9fff]+$/)
    }
  })

  it('never shows a raw or unknown code', () => {
    expect(auditActionLabel('tips.retired')).toBe('其他操作')
    expect(auditActionLabel('toString')).toBe('其他操作')
  })
})
