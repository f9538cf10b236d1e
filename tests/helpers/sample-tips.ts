/** Tips made for tests, so assertions do not depend on the wording of the seed files. */
import type { Tip, TipCategoryId } from '@/core/contracts/tips'

export const makeTip = (id: string, category: TipCategoryId, overrides: Partial<Tip> = {}): Tip => ({
  id,
  category,
  title: `测试小贴士${id}`,
  summary: '这是一条用来测试的小贴士摘要。',
  body: '这是测试正文。'.repeat(30),
  citations: [{ law: '中华人民共和国劳动争议调解仲裁法', article: '第二十七条' }],
  keywords: ['测试'],
  updatedAt: '2026-11-01',
  ...overrides
})
