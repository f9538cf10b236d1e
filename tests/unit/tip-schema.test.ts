/**
 * A tip must cite law: at least one citation, each naming a law and an article. Both the
 * stored tip (TipSchema) and what an admin saves (SaveTipSchema) hold to it.
 */
import { SaveTipSchema, TipSchema } from '@/core/contracts/tips'
import { loadSeedTips } from '../../cloudfunctions/seed/tips'

const [seeded] = loadSeedTips()
const saved = () => {
  const { updatedAt: _updatedAt, ...tip } = seeded
  return { ...tip, published: true }
}

const issuePaths = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } }) =>
  result.success ? [] : (result.error?.issues ?? []).map((issue) => issue.path.join('.'))

describe('a tip’s citations', () => {
  it('accept every seeded tip as it is', () => {
    for (const tip of loadSeedTips()) expect(issuePaths(TipSchema.safeParse(tip))).toEqual([])
  })

  it.each([
    ['TipSchema', (citations: unknown) => TipSchema.safeParse({ ...seeded, citations })],
    ['SaveTipSchema', (citations: unknown) => SaveTipSchema.safeParse({ ...saved(), citations })]
  ])('%s refuses a tip with no citation at all', (_name, parse) => {
    expect(issuePaths(parse([]))).toEqual(['citations'])
  })

  it.each([
    ['TipSchema', (citations: unknown) => TipSchema.safeParse({ ...seeded, citations })],
    ['SaveTipSchema', (citations: unknown) => SaveTipSchema.safeParse({ ...saved(), citations })]
  ])('%s refuses a citation without its article, or with an empty one', (_name, parse) => {
    const law = '中华人民共和国劳动争议调解仲裁法'
    expect(issuePaths(parse([{ law }]))).toEqual(['citations.0.article'])
    expect(issuePaths(parse([{ law, article: '' }]))).toEqual(['citations.0.article'])
    expect(issuePaths(parse([{ law, article: '第二十七条' }, { law }]))).toEqual(['citations.1.article'])
  })

  it('refuses a citation without the law it comes from', () => {
    expect(issuePaths(TipSchema.safeParse({ ...seeded, citations: [{ article: '第二十七条' }] }))).toEqual(['citations.0.law'])
  })
})
