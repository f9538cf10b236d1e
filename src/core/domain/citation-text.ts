/**
 * A citation as people write it: 《中华人民共和国劳动争议调解仲裁法》第二十七条. The tip page shows
 * it this way and the admins' tip form reads it back, one citation per line.
 */
import type { Citation } from '../contracts/tips'

export const citationText = (c: Pick<Citation, 'law' | 'article'>): string => `《${c.law}》${c.article}`

const PATTERN = /^《(.+?)》(第.+条(?:第.+款)?)$/

/** The citations of the lines, or the first line that does not read as one. */
export const parseCitationLines = (text: string): { ok: true; citations: Citation[] } | { ok: false; line: string } => {
  const citations: Citation[] = []
  for (const line of text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    const match = PATTERN.exec(line)
    if (!match) return { ok: false, line }
    citations.push({ law: match[1], article: match[2] })
  }
  return { ok: true, citations }
}
