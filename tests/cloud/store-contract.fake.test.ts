/**
 * The Store contract on CloudBase as the deployed functions run it — the real wx-server-sdk —
 * with WeChat's database server replaced by the fake (tests/helpers/cloudbase-fake): calls
 * interleave, reads are capped, transactions conflict.
 */
import { openFakeCloudStore } from '../helpers/stores'
import { storeContract } from './store-contract'
import { auditContract } from './store-contract/audit'
import { invitesContract } from './store-contract/invites'

describe('Store contract on CloudBase (fake server)', () => {
  storeContract(() => openFakeCloudStore())
})

// The adapters page until a page comes back empty, not until a short one: a server that
// answers fewer than 100 documents per read must not cut lists short.
describe('long lists on CloudBase when the server answers only 30 documents per read (fake server)', () => {
  describe('audit', () => auditContract(() => openFakeCloudStore({ readCap: 30 })))
  describe('invites', () => invitesContract(() => openFakeCloudStore({ readCap: 30 })))
})
