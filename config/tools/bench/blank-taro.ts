/**
 * The baseline of the bundle figures: a blank Taro React app (what `taro init` makes with the
 * default template: one page with "Hello world!"), built with this project's own installed
 * Taro, React and webpack. It is written to a temporary folder, never to the repo; its
 * node_modules is a link to ours, so no network is needed. Built once per set of versions.
 */
import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ROOT } from '../weapp-audit'

const projectPackage = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
}

const pick = (from: Record<string, string>, names: (name: string) => boolean): Record<string, string> =>
  Object.fromEntries(Object.entries(from).filter(([name]) => names(name)))
const isBlankAppPackage = (name: string): boolean => /^(@tarojs\/|react$|react-dom$|@babel\/|babel-preset-taro$|webpack$|sass$|postcss$)/.test(name)

/** The files of `taro init` (React, TypeScript, Sass, webpack5), with this project's build output names. */
const FILES: Record<string, string> = {
  'package.json': JSON.stringify(
    {
      name: 'blank-taro',
      private: true,
      templateInfo: { name: 'default', typescript: true, css: 'Sass', framework: 'React' },
      dependencies: pick(projectPackage.dependencies, isBlankAppPackage),
      devDependencies: pick(projectPackage.devDependencies, isBlankAppPackage)
    },
    null,
    2
  ),
  'babel.config.js': "module.exports = { presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]] }\n",
  'tsconfig.json': JSON.stringify({ compilerOptions: { jsx: 'react-jsx', module: 'esnext', moduleResolution: 'bundler', target: 'es2020', strict: true } }),
  'config/index.ts': `import { defineConfig } from '@tarojs/cli'
export default defineConfig<'webpack5'>(() => ({
  projectName: 'blank-taro',
  date: '2026-11-29',
  designWidth: 750,
  deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
  sourceRoot: 'src',
  outputRoot: \`dist/\${process.env.TARO_ENV}\`,
  plugins: [],
  framework: 'react',
  compiler: { type: 'webpack5', prebundle: { enable: false } },
  cache: { enable: false },
  mini: { postcss: { pxtransform: { enable: true, config: {} }, cssModules: { enable: false } } },
  h5: {
    publicPath: '/',
    staticDirectory: 'static',
    output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
    miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[contenthash:8].css', chunkFilename: 'css/[name].[contenthash:8].css' },
    postcss: { autoprefixer: { enable: true, config: {} }, cssModules: { enable: false } }
  }
}))
`,
  'project.config.json': JSON.stringify({
    miniprogramRoot: 'dist/weapp/',
    projectname: 'blank-taro',
    appid: 'touristappid',
    setting: { urlCheck: true, es6: false, postcss: false, minified: false }
  }),
  'src/app.ts': `import { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import './app.scss'

function App({ children }: PropsWithChildren<any>) {
  useLaunch(() => {
    console.log('App launched.')
  })
  return children
}

export default App
`,
  'src/app.scss': '',
  'src/app.config.ts': `export default defineAppConfig({
  pages: ['pages/index/index'],
  window: { backgroundTextStyle: 'light', navigationBarBackgroundColor: '#fff', navigationBarTitleText: 'WeChat', navigationBarTextStyle: 'black' }
})
`,
  'src/pages/index/index.config.ts': "export default definePageConfig({ navigationBarTitleText: '首页' })\n",
  'src/pages/index/index.scss': '',
  'src/pages/index/index.tsx': `import { View, Text } from '@tarojs/components'
import { useLoad } from '@tarojs/taro'
import './index.scss'

export default function Index() {
  useLoad(() => {
    console.log('Page loaded.')
  })
  return (
    <View className='index'>
      <Text>Hello world!</Text>
    </View>
  )
}
`,
  'src/index.html': `<!DOCTYPE html>
<html>
<head>
  <meta content="text/html; charset=utf-8" http-equiv="Content-Type">
  <meta content="width=device-width,initial-scale=1,user-scalable=no" name="viewport">
  <meta name="format-detection" content="telephone=no,address=no">
  <title>blank-taro</title>
  <script><%= htmlWebpackPlugin.options.script %></script>
</head>
<body>
  <div id="app"></div>
</body>
</html>
`
}

export interface BlankApp {
  dir: string
  weappDir: string
  h5Dir: string
}

/** Writes (once per set of versions) and builds the blank app; answers where its builds are. */
export const buildBlankTaro = (log: (line: string) => void): BlankApp => {
  const fingerprint = crypto.createHash('sha256').update(JSON.stringify(FILES)).digest('hex').slice(0, 12)
  const dir = path.join(os.tmpdir(), `falv-blank-taro-${fingerprint}`)
  const app = { dir, weappDir: path.join(dir, 'dist', 'weapp'), h5Dir: path.join(dir, 'dist', 'h5') }
  for (const [file, text] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), text)
  }
  if (!fs.existsSync(path.join(dir, 'node_modules'))) fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  for (const [type, out] of [
    ['weapp', app.weappDir],
    ['h5', app.h5Dir]
  ] as const) {
    if (fs.existsSync(path.join(out, type === 'h5' ? 'index.html' : 'app.json'))) continue
    log(`building the blank Taro app (${type}) in ${dir}`)
    execFileSync(path.join(ROOT, 'node_modules', '.bin', 'taro'), ['build', '--type', type], {
      cwd: dir,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'ignore', 'inherit']
    })
  }
  return app
}
