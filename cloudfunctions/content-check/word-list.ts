/**
 * The local cloud's content check: a small list of words that WeChat's check would also stop
 * (gambling, drugs, violence for hire, fraud tools). Enough to exercise the "held for review"
 * path locally; on WeChat, security.msgSecCheck does the real work.
 */
import type { ContentCheck } from './port'

export const LOCAL_BLOCKED_WORDS = ['赌博', '博彩', '毒品', '冰毒', '枪支', '买卖银行卡', '代开发票', '雇凶'] as const

export const wordListCheck = (words: readonly string[] = LOCAL_BLOCKED_WORDS): ContentCheck => ({
  async check(text) {
    return words.some((word) => text.includes(word)) ? 'risky' : 'pass'
  }
})
