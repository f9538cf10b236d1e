/**
 * WeChat's content check, security.msgSecCheck v2 (openapi permission in the function's
 * config.json). A failure or an unreachable service answers 'unknown', so the text is held for
 * review, not published and not lost.
 */
import type * as cloud from 'wx-server-sdk'
import type { ContentCheck } from './port'

/** msgSecCheck scene 2: a comment-like text written by a user. */
const SCENE_USER_TEXT = 2

export const wechatContentCheck = (sdk: typeof cloud): ContentCheck => ({
  async check(text, openid) {
    if (!openid) return 'unknown'
    try {
      const answer = await sdk.openapi.security.msgSecCheck({ openid, scene: SCENE_USER_TEXT, version: 2, content: text })
      return answer?.result?.suggest === 'pass' ? 'pass' : 'risky'
    } catch {
      return 'unknown'
    }
  }
})
