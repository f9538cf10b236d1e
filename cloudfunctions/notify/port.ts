/**
 * Telling a citizen their consultation moved on. On WeChat: a subscription message (订阅消息),
 * which the citizen agreed to when submitting. Locally there is no push channel: the badge on
 * 我的咨询 shows the change. A failure to notify never fails the staff action.
 */
import type { StoredConsultation } from '../store/consult-port'

export interface StatusNotifier {
  statusChanged(consultation: StoredConsultation): Promise<void>
}

/** The local cloud's notifier: nothing to send; the unseen badge carries the news. */
export const badgeOnlyNotifier: StatusNotifier = {
  async statusChanged() {
    // No push channel outside WeChat.
  }
}
