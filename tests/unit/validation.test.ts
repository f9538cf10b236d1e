import { z } from '@/core/zod'
import { parseWith } from '@/core/validation'
import { TipSchema, TipsListPayloadSchema } from '@/core/contracts/tips'
import { makeTip } from '../helpers/sample-tips'

describe('zod setup', () => {
  it('runs jitless, because WeChat forbids new Function', () => {
    expect(z.config().jitless).toBe(true)
  })
})

describe('parseWith', () => {
  it('answers the parsed data with defaults filled in', () => {
    expect(parseWith(TipsListPayloadSchema, { category: 'anti-fraud' })).toEqual({
      ok: true,
      data: { category: 'anti-fraud', offset: 0, limit: 20 }
    })
  })

  it('keeps the Chinese message written in the schema', () => {
    const result = parseWith(TipsListPayloadSchema, { keyword: '一'.repeat(21) })
    expect(result).toEqual({ ok: false, issues: [{ path: 'keyword', message: '搜索词不能超过 20 个字' }] })
  })

  it("replaces zod's English defaults with plain Chinese", () => {
    const schema = z.object({ name: z.string().max(3), age: z.number() })
    const result = parseWith(schema, { name: 'abcd' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues).toEqual([
      { path: 'name', message: '不能超过 3 个字' },
      { path: 'age', message: '这一项必须填写' }
    ])
  })

  it('refuses an unknown category with the message of its schema', () => {
    const result = parseWith(TipsListPayloadSchema, { category: 'gambling' })
    expect(result).toEqual({ ok: false, issues: [{ path: 'category', message: '没有这个分类' }] })
  })
})

describe('plain words for admins', () => {
  it('asks for a citation in words when a tip has none (not “不能小于 1”)', () => {
    const result = parseWith(TipSchema, makeTip('wage-deadline', 'wage-labour', { citations: [] }))
    expect(result).toEqual({ ok: false, issues: [{ path: 'citations', message: '请至少写一条法律依据，比如：《中华人民共和国劳动合同法》第三十条' }] })
  })

  it('counts a list by its entries', () => {
    expect(parseWith(z.array(z.string()).min(2), ['一'])).toEqual({ ok: false, issues: [{ path: '', message: '至少要有 2 条' }] })
  })
})
