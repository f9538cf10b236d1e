/** The `tips` cloud function: everyone reads published tips; admins write and publish them. */
import { tipsContract } from '../../src/core/contracts/tips'
import { defineFunction } from '../runtime/define-function'
import { getTip, listTips, monthlyTheme, saveTip, setTipPublished } from '../usecases/tips'

export const tips = defineFunction('tips', tipsContract, {
  list: { access: 'public', run: (query, { store }) => listTips(store, query) },
  get: { access: 'public', run: ({ id }, { store }) => getTip(store, id) },
  theme: { access: 'public', run: ({ month }, { store, county, now }) => monthlyTheme(store, county, month, now()) },
  adminList: { access: 'admin', run: ({ offset, limit }, { store }) => store.tips.adminList(offset, limit) },
  save: { access: 'admin', run: (tip, ctx) => saveTip(ctx, tip) },
  setPublished: { access: 'admin', run: ({ id, published }, ctx) => setTipPublished(ctx, id, published) }
})
