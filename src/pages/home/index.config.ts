export default definePageConfig({ navigationBarTitleText: '黑水县公共法律服务' })
