const isH5 = process.env.TARO_ENV === 'h5'

export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/settings/index',
    // Local sign-in as a persona exists only in the browser build on the local cloud.
    ...(isH5 ? ['pages/identity/index'] : [])
  ],
  subPackages: [
    { root: 'tips', pages: ['pages/index/index', 'pages/list/index', 'pages/detail/index'] },
    { root: 'consult', pages: ['pages/book/index', 'pages/done/index', 'pages/mine/index', 'pages/detail/index', 'pages/follow/index'] },
    { root: 'apply', pages: ['pages/aid/index', 'pages/mediation/index', 'pages/mine/index', 'pages/detail/index'] },
    { root: 'stations', pages: ['pages/index/index', 'pages/detail/index', 'pages/admin/index', 'pages/edit/index'] },
    // Staff only: citizens never download it (not preloaded from home).
    {
      root: 'staff',
      pages: [
        'pages/index/index',
        'pages/case/index',
        'pages/join/index',
        'pages/admin/index',
        'pages/audit/index',
        'pages/stats/index',
        'pages/tips/index',
        'pages/tip-edit/index',
        'pages/applications/index',
        'pages/application/index'
      ]
    }
  ],
  preloadRule: { 'pages/home/index': { network: 'all', packages: ['tips', 'consult', 'apply', 'stations'] } },
  // Nearest-first stations: the position is used on the phone only (never uploaded or kept).
  ...(isH5
    ? {}
    : {
        requiredPrivateInfos: ['getLocation'],
        permission: { 'scope.userLocation': { desc: '用来找离您最近的法律服务站，位置不会上传' } }
      }),
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#0b5cad',
    navigationBarTitleText: '黑水县公共法律服务',
    navigationBarTextStyle: 'white'
  },
  lazyCodeLoading: 'requiredComponents'
})
