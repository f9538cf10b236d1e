export default definePageConfig({ navigationBarTitleText: '服务站详情', enableShareAppMessage: true })
