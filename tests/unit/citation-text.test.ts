import { citationText, parseCitationLines } from '@/core/domain/citation-text'

describe('citations as people write them', () => {
  it('show as 《法律》第X条 and read back the same', () => {
    const c = { law: '中华人民共和国劳动争议调解仲裁法', article: '第二十七条' }
    expect(citationText(c)).toBe('《中华人民共和国劳动争议调解仲裁法》第二十七条')
    expect(parseCitationLines(`${citationText(c)}\n\n 《中华人民共和国刑法》第一百一十五条第二款 `)).toEqual({
      ok: true,
      citations: [c, { law: '中华人民共和国刑法', article: '第一百一十五条第二款' }]
    })
  })

  it('name the first line that is not a citation', () => {
    expect(parseCitationLines('《中华人民共和国民法典》第一千零七十九条\n民法典1079条')).toEqual({ ok: false, line: '民法典1079条' })
  })
})
