import { openSqliteStore } from '../helpers/stores'
import { storeContract } from './store-contract'

describe('Store contract on SQLite', () => {
  storeContract(openSqliteStore)
})
