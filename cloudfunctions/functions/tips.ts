/** The `tips` cloud function: everyone may read tips, signed in or not. */
import { tipsContract } from '../../src/core/contracts/tips'
import { defineFunction } from '../runtime/define-function'
import { getTip, listTips, monthlyTheme } from '../usecases/tips'

export const tips = defineFunction('tips', tipsContract, {
  list: { access: 'public', run: (query, { store }) => listTips(store, query) },
  get: { access: 'public', run: ({ id }, { store }) => getTip(store, id) },
  theme: { access: 'public', run: ({ month }, { store, county, now }) => monthlyTheme(store, county, month, now()) }
})
