export default definePageConfig({ navigationBarTitleText: '管理站点' })
