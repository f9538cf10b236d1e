import { openSqliteStore } from '../helpers/every-store'
import { storeContract } from './store-contract'

describe('Store contract on SQLite', () => {
  storeContract(openSqliteStore)
})
