export default definePageConfig({ navigationBarTitleText: '加入工作台' })
