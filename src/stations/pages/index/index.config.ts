export default definePageConfig({ navigationBarTitleText: '找法律服务站' })
