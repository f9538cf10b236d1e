export default definePageConfig({ navigationBarTitleText: '普法小贴士', enableShareAppMessage: true })
