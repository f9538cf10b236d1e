/**
 * Status changes as WeChat subscription messages (openapi subscribeMessage.send, permission in
 * the staff function's config.json). The template (STATUS_TEMPLATE_ID, chosen by the bureau in
 * the WeChat admin console) must have the fields character_string1 (咨询编号), phrase2 (状态)
 * and thing3 (下一步). A citizen who did not subscribe, or any failure, is skipped quietly.
 */
import type * as cloud from 'wx-server-sdk'
import type { StatusNotifier } from './port'

/** WeChat's limits: phrase ≤ 5 characters, thing ≤ 20. */
const cut = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text)

export const wechatNotifier = (sdk: typeof cloud, templateId: string | undefined): StatusNotifier => ({
  async statusChanged(news) {
    if (!templateId) return
    try {
      await sdk.openapi.subscribeMessage.send({
        touser: news.ownerOpenid,
        templateId,
        page: news.page,
        data: {
          character_string1: { value: news.ticket },
          phrase2: { value: cut(news.statusLabel, 5) },
          thing3: { value: cut(news.nextStep, 20) }
        }
      })
    } catch {
      // Not subscribed (or the quota is used up): the badge still shows the change.
    }
  }
})
