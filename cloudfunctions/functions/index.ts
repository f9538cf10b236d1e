/**
 * Every deployable cloud function. The local gateway serves these by name; the bundler makes
 * one self-contained WeChat cloud function folder of each.
 */
import type { CloudFunction } from '../runtime/define-function'
import { consult } from './consult'
import { points } from './points'
import { tips } from './tips'

export const cloudFunctions: readonly CloudFunction[] = [tips, consult, points]
