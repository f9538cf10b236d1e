import type * as wxCloud from 'wx-server-sdk'
import type { CloudDatabase } from './types'

/**
 * The database as the adapter expects it: a missing document answers `data: null` instead of
 * throwing. wx-server-sdk reads `throwOnNotFound` from the database config (see its
 * DocumentReference.get) but leaves it out of its typings, hence the widened type.
 */
export const openCloudDatabase = (cloud: Pick<typeof wxCloud, 'database'>): CloudDatabase =>
  cloud.database({ throwOnNotFound: false } as Parameters<typeof wxCloud.database>[0])
