import { CitationSchema, TIP_BODY_MAX, TIP_BODY_MIN, TIP_CATEGORIES } from '@/core/contracts/tips'
import { county } from '@/core/county/current'
import { loadSeedTips } from '../../cloudfunctions/seed/tips'

describe('the seeded legal tips', () => {
  const tips = loadSeedTips()

  it('are at least 24, at least 4 in every category, with unique ids', () => {
    expect(tips.length).toBeGreaterThanOrEqual(24)
    for (const category of TIP_CATEGORIES) expect(tips.filter((t) => t.category === category.id).length).toBeGreaterThanOrEqual(4)
    expect(new Set(tips.map((t) => t.id)).size).toBe(tips.length)
  })

  it(`each run ${TIP_BODY_MIN}–${TIP_BODY_MAX} characters and cite at least one law and article`, () => {
    for (const tip of tips) {
      expect(tip.body.length).toBeGreaterThanOrEqual(TIP_BODY_MIN)
      expect(tip.body.length).toBeLessThanOrEqual(TIP_BODY_MAX)
      expect(tip.citations.length).toBeGreaterThan(0)
    }
  })

  it('cite the one-year arbitration limit where they talk about it', () => {
    const arbitration = tips.filter((t) => t.body.includes('仲裁') && t.body.includes('一年'))
    expect(arbitration.length).toBeGreaterThan(0)
    for (const tip of arbitration) {
      expect(tip.citations).toContainEqual(expect.objectContaining({ law: '中华人民共和国劳动争议调解仲裁法', article: '第二十七条' }))
    }
  })

  it('give every monthly theme something to show', () => {
    for (const theme of county.monthlyThemes) expect(tips.some((t) => t.category === theme.category)).toBe(true)
  })
})

describe('citation article numbers', () => {
  it('accept the Civil Code’s thousand-numbered articles and clauses', () => {
    expect(CitationSchema.safeParse({ law: '中华人民共和国民法典', article: '第一千零七十九条' }).success).toBe(true)
    expect(CitationSchema.safeParse({ law: '中华人民共和国刑法', article: '第一百一十五条第二款' }).success).toBe(true)
  })

  it('refuse anything that is not an article number', () => {
    expect(CitationSchema.safeParse({ law: '中华人民共和国民法典', article: '1079' }).success).toBe(false)
    expect(CitationSchema.safeParse({ law: '中华人民共和国民法典', article: '第几条' }).success).toBe(false)
  })
})
