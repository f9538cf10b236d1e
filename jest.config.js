// Six projects: pure core rules, cloud handlers on real SQLite, UI components in jsdom,
// end-to-end in Chromium on the h5 build, every weapp page in WeChat's simulator, and the
// deployable artefacts (weapp audit, bundles).
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } }]
const common = {
  transform: { '^.+\\.(m?js|jsx|tsx?)$': swc },
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' }
}

module.exports = {
  // One worker: the deploy tests rebuild dist/ that other deploy tests read, and on two cores
  // parallel workers gain little.
  maxWorkers: 1,
  reporters: ['default', '<rootDir>/tests/summary-reporter.js'],
  projects: [
    { ...common, displayName: 'core', testEnvironment: 'node', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    // Cloud tests on the CloudBase fake wait for its answers: give them room on a loaded 2-core machine.
    { ...common, displayName: 'cloud', testEnvironment: 'node', testMatch: ['<rootDir>/tests/cloud/**/*.test.ts'], testTimeout: 30_000 },
    {
      ...common,
      displayName: 'ui',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/ui/**/*.test.tsx'],
      setupFiles: ['<rootDir>/tests/ui/setup.ts'],
      moduleNameMapper: {
        ...common.moduleNameMapper,
        '^@tarojs/components$': '<rootDir>/node_modules/@tarojs/components/lib/react',
        // Taro's own browser implementation of its API (storage on localStorage, toasts in the DOM).
        '^@tarojs/taro$': '<rootDir>/tests/ui/taro-h5.ts',
        '\\.(css|scss)$': '<rootDir>/tests/ui/style-stand-in.js'
      },
      // Taro's browser packages ship ES modules all the way down: let swc compile them all.
      transformIgnorePatterns: []
    },
    {
      ...common,
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/e2e/setup.ts']
    },
    {
      ...common,
      displayName: 'weapp',
      // The weapp build that `npm test` made, run in WeChat's component simulator on jsdom.
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/weapp/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/weapp/setup.ts'],
      // The build is already compiled for WeChat: run it as it is.
      transformIgnorePatterns: ['/node_modules/', '<rootDir>/dist/']
    },
    {
      ...common,
      displayName: 'deploy',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/deploy/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/deploy/setup.ts']
    }
  ]
}
