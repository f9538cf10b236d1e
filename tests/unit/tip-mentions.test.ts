/** The 推荐阅读 line of a staff answer, split off so each attached tip can be opened. */
import { splitTipMentions } from '@/core/domain/tip-mentions'

describe('tip mentions in a staff answer', () => {
  it('splits the titles off the end of the answer', () => {
    expect(splitTipMentions('可以先去劳动监察投诉。\n\n推荐阅读：《讨薪别错过时效》《工伤怎么认定》')).toEqual({
      body: '可以先去劳动监察投诉。',
      titles: ['讨薪别错过时效', '工伤怎么认定']
    })
  })

  it('leaves an answer without attached tips as it is, even when it names a law in 《》', () => {
    const text = '依据《中华人民共和国劳动合同法》第三十条，老板要按时发工资。'
    expect(splitTipMentions(text)).toEqual({ body: text, titles: [] })
  })
})
