// Five projects: pure core rules, cloud handlers on real SQLite, UI components in jsdom,
// end-to-end in Chromium on the h5 build, and the deployable artefacts (weapp audit, bundles).
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } }]
const common = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' }
}

module.exports = {
  // One worker: the deploy tests rebuild dist/ that other deploy tests read, and on two cores
  // parallel workers gain little.
  maxWorkers: 1,
  reporters: ['default', '<rootDir>/tests/summary-reporter.js'],
  projects: [
    { ...common, displayName: 'core', testEnvironment: 'node', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    { ...common, displayName: 'cloud', testEnvironment: 'node', testMatch: ['<rootDir>/tests/cloud/**/*.test.ts'] },
    {
      ...common,
      displayName: 'ui',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/ui/**/*.test.tsx'],
      setupFiles: ['<rootDir>/tests/ui/setup.ts'],
      moduleNameMapper: {
        ...common.moduleNameMapper,
        '^@tarojs/components$': '<rootDir>/node_modules/@tarojs/components/lib/react',
        '\\.(css|scss)$': '<rootDir>/tests/ui/style-stand-in.js'
      },
      transformIgnorePatterns: ['/node_modules/(?!(@tarojs|@stencil|swiper|classnames|dom7|ssr-window)/)']
    },
    { ...common, displayName: 'e2e', testEnvironment: 'node', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'], setupFilesAfterEnv: ['<rootDir>/tests/e2e/setup.ts'] },
    { ...common, displayName: 'deploy', testEnvironment: 'node', testMatch: ['<rootDir>/tests/deploy/**/*.test.ts'], setupFilesAfterEnv: ['<rootDir>/tests/deploy/setup.ts'] }
  ]
}
