import { openTempStore } from '../helpers/temp-store'
import { storeContract } from './store-contract'

describe('Store contract on SQLite', () => {
  storeContract(async () => {
    const temp = openTempStore()
    return { store: temp.store, done: temp.cleanup }
  })
})
