/**
 * A cloud function run by WeChat's timer trigger instead of by a client. It has no action
 * table: it refuses any call that carries a user's OPENID (a client calling it directly).
 */
import type { FileStore } from '../files/port'
import type { Store } from '../store/port'

export interface TimerFunction {
  name: string
  /** WeChat's 7-field cron: second minute hour day month weekday year. */
  schedule: string
  /** `files`: materials' files, for a run that deletes them (retention). */
  run(store: Store, now: Date, files: FileStore): Promise<unknown>
}

export const defineTimer = (name: string, schedule: string, run: TimerFunction['run']): TimerFunction => ({ name, schedule, run })
