/**
 * What every Store adapter must do, whatever database is behind it: one suite per
 * repository, run by one runner per store (store-contract.<store>.test.ts).
 */
import type { OpenStore } from '../helpers/stores'
import { auditContract } from './store-contract/audit'
import { invitesContract } from './store-contract/invites'
import { pointsContract } from './store-contract/points'
import { staffContract } from './store-contract/staff'
import { tipsContract } from './store-contract/tips'

export const storeContract = (open: OpenStore) => {
  describe('tips', () => tipsContract(open))
  describe('staff', () => staffContract(open))
  describe('invites', () => invitesContract(open))
  describe('audit', () => auditContract(open))
  describe('points', () => pointsContract(open))
}
