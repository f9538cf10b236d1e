/**
 * Telling a citizen their consultation or application moved on. On WeChat: a subscription
 * message (订阅消息), which the citizen agreed to when submitting. Locally there is no push
 * channel: the unseen marks in 我的咨询 / 我的申请 show the change. A failure to notify never
 * fails the staff action.
 */

/** What the message says, in the citizen's words, and the page it opens. */
export interface StatusNews {
  ownerOpenid: string
  ticket: string
  /** The status code (for logs and tests); the citizen reads `statusLabel`. */
  status: string
  statusLabel: string
  nextStep: string
  /** The mini-program page the message opens, with its query, without a leading slash. */
  page: string
}

export interface StatusNotifier {
  statusChanged(news: StatusNews): Promise<void>
}

/** The local cloud's notifier: nothing to send; the unseen marks carry the news. */
export const badgeOnlyNotifier: StatusNotifier = {
  async statusChanged() {
    // No push channel outside WeChat.
  }
}
