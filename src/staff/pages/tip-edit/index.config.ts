export default definePageConfig({ navigationBarTitleText: '编辑小贴士' })
