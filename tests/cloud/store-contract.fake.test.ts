/**
 * The Store contract on CloudBase as the deployed functions run it — the real wx-server-sdk —
 * with WeChat's database server replaced by the fake (tests/helpers/cloudbase-fake): calls
 * interleave, reads are capped, transactions conflict.
 */
import { openFakeCloudStore } from '../helpers/every-store'
import { storeContract } from './store-contract'

describe('Store contract on CloudBase (fake server)', () => {
  storeContract(() => openFakeCloudStore())
})
