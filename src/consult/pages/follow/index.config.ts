export default definePageConfig({ navigationBarTitleText: '家人查进度' })
