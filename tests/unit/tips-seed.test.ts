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

  it('cover people’s mediation, neighbour disputes, applying for legal aid and criminal legal aid, citing the articles they rest on', () => {
    const cites = (category: string, law: string, article: string) =>
      tips.some((t) => t.category === category && t.citations.some((c) => c.law === law && c.article === article))
    const mediationLaw = '中华人民共和国人民调解法'
    for (const article of ['第二条', '第十七条', '第二十八条', '第三十一条', '第三十三条'])
      expect([article, cites('mediation', mediationLaw, article)]).toEqual([article, true])
    expect(cites('mediation', '中华人民共和国民法典', '第二百八十八条')).toBe(true)
    const aidLaw = '中华人民共和国法律援助法'
    for (const article of ['第二十四条', '第二十五条', '第三十一条', '第四十一条', '第四十二条', '第四十三条'])
      expect([article, cites('legal-aid', aidLaw, article)]).toEqual([article, true])
  })

  it('give the 30-day window of judicial confirmation wherever they mention it', () => {
    const confirmation = tips.filter((t) => t.body.includes('司法确认'))
    expect(confirmation.length).toBeGreaterThan(0)
    for (const tip of confirmation) {
      expect(tip.body).toContain('30日')
      expect(tip.citations).toContainEqual(expect.objectContaining({ law: '中华人民共和国人民调解法', article: '第三十三条' }))
    }
  })

  it('tell migrant workers claiming wages or injury compensation that no hardship check is needed, citing 第四十二条', () => {
    const exemption = tips.filter((t) => t.category === 'legal-aid' && t.body.includes('进城务工人员'))
    expect(exemption.length).toBeGreaterThan(0)
    for (const tip of exemption) expect(tip.citations).toContainEqual(expect.objectContaining({ law: '中华人民共和国法律援助法', article: '第四十二条' }))
  })

  it('never tell people not to settle a minor accident on the spot, which 道路交通安全法 第七十条 allows', () => {
    const july = county.monthlyThemes.find((t) => t.month === 7)
    expect(july?.blurb).not.toMatch(/私下了结|不要私下|不能私了/)
    expect(july?.blurb).toContain('协商')
    // The theme's category must hold the tip that explains 第七十条 in full.
    expect(
      tips.some((t) => t.category === july?.category && t.citations.some((c) => c.law === '中华人民共和国道路交通安全法' && c.article === '第七十条'))
    ).toBe(true)
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
