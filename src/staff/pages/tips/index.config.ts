export default definePageConfig({ navigationBarTitleText: '普法小贴士管理' })
