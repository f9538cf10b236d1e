/**
 * Every text a citizen writes passes a content check before staff or anyone else sees it.
 * 'pass' publishes it; 'risky' or 'unknown' (the check failed or was unreachable) holds it for
 * a staff review — it is kept either way, never lost.
 */
export type ContentVerdict = 'pass' | 'risky' | 'unknown'

export interface ContentCheck {
  check(text: string, openid: string | null): Promise<ContentVerdict>
}

export const needsReview = (verdict: ContentVerdict): boolean => verdict !== 'pass'
