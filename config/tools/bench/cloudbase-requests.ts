/**
 * CloudBase database requests per action, counted on the test fake under the real
 * wx-server-sdk (tests/helpers/request-counts.ts): each request is a network round trip and is
 * billed. The baseline is the ceiling of issue 9 (so the target is ≤ ×1); the counts with a
 * full page of 25 cases are compared with those of 2, as the count must not grow with the data.
 */
import { countActions } from '../../../tests/helpers/request-counts'
import type { Figure, FigureGroup } from './print'

const ceiling = (name: string, value: number, limit: number): Figure => ({
  name,
  value,
  unit: 'requests',
  baselineName: 'ceiling',
  baseline: limit,
  target: { atMost: 1 }
})

export const cloudbaseRequests = {
  id: 'cloudbase',
  title: 'CloudBase database requests per action (the fake under the real wx-server-sdk; issue 9: 17, 31 and 8 before)',
  async run(log) {
    const few = await countActions(2)
    const many = await countActions(25)
    log(
      `  in all: create ${few.create.all}, queue ${few.queue.all}, claim ${few.claim.all}; one after another: create ${few.create.sequential}, queue ${few.queue.sequential}, claim ${few.claim.sequential}`
    )
    const sum = (counts: typeof few) => counts.create.all + counts.queue.all + counts.claim.all
    return [
      ceiling('consult.create, one after another', few.create.sequential, 6),
      ceiling('staff.queue, in all', few.queue.all, 6),
      ceiling('staff.claim, one after another', few.claim.sequential, 3),
      {
        name: 'all three with 25 cases on the page',
        value: sum(many),
        unit: 'requests',
        baselineName: 'with 2 cases',
        baseline: sum(few),
        target: { atMost: 1 }
      }
    ]
  }
} satisfies FigureGroup
