/**
 * Every deployable cloud function. The local gateway serves these by name; the bundler makes
 * one self-contained WeChat cloud function folder of each.
 */
import type { CloudFunction } from '../runtime/define-function'
import type { TimerFunction } from '../runtime/define-timer'
import { apply } from './apply'
import { consult } from './consult'
import { points } from './points'
import { retention } from './retention'
import { staff } from './staff'
import { tips } from './tips'

export const cloudFunctions: readonly CloudFunction[] = [tips, consult, points, staff, apply]

/** Functions WeChat's timer runs (not served by the local gateway: run their command instead). */
export const timerFunctions: readonly TimerFunction[] = [retention]
