/**
 * Where a waiting consultation stands. The citizen needs "about how long", not an exact count
 * of a long queue, and counting every waiting case ahead costs as much as the queue is long (on
 * every booking and every view of the case). So the store counts at most QUEUE_AHEAD_CAP cases
 * ahead, and a position past the cap reads "more than 50 ahead".
 */
export const QUEUE_AHEAD_CAP = 50

/** The position (1 = next) from the cases counted ahead, at most QUEUE_AHEAD_CAP + 1. */
export const queuePositionOf = (countedAhead: number): number => Math.min(countedAhead, QUEUE_AHEAD_CAP) + 1

/** What the citizen reads: the exact number ahead, or that there are more than the cap. */
export const queueAheadText = (position: number): string =>
  position > QUEUE_AHEAD_CAP ? `前面有 ${QUEUE_AHEAD_CAP} 位以上在等` : `前面还有 ${position - 1} 位在等`
