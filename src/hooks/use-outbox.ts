/** What waits in the outbox, kept current on every page that shows it. */
import { useEffect, useState } from 'react'
import { outboxItems, subscribeOutbox, type OutboxItem } from '@/services/outbox'

export const useOutbox = (filter: (item: OutboxItem) => boolean = () => true): OutboxItem[] => {
  const [items, setItems] = useState(outboxItems)
  useEffect(() => subscribeOutbox(() => setItems(outboxItems())), [])
  return items.filter(filter)
}
