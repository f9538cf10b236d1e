export default definePageConfig({ navigationBarTitleText: '申请人民调解' })
