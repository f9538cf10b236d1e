// Lint rules, including the architecture's import boundaries (see DESIGN.md "Layers").
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

const zodOnlyThroughCore = { name: 'zod', message: 'Import { z } from src/core/zod: it turns on jitless mode, which WeChat needs.' }
const platformOnly = ['@tarojs/*', 'react', 'react-dom']
const serverOnly = ['wx-server-sdk', 'better-sqlite3']

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'coverage/', 'babel.config.js', 'jest.config.js', 'tests/**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-restricted-imports': ['error', { paths: [zodOnlyThroughCore] }]
    }
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [zodOnlyThroughCore], patterns: [...platformOnly, ...serverOnly] }]
    }
  },
  {
    files: ['src/**'],
    ignores: ['src/core/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [zodOnlyThroughCore], patterns: serverOnly }]
    }
  },
  {
    // Only the cloud client talks to the cloud: services/cloud.ts and its transport.
    files: ['src/**'],
    ignores: ['src/services/cloud.ts', 'src/services/cloud-transport.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Call the cloud through src/services/cloud.ts.' }],
      'no-restricted-properties': ['error', { object: 'Taro', property: 'cloud', message: 'Call the cloud through src/services/cloud.ts.' }]
    }
  },
  {
    files: ['cloudfunctions/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [zodOnlyThroughCore], patterns: platformOnly }]
    }
  },
  {
    files: ['src/core/zod.ts', 'src/core/zod-api.ts'],
    rules: { 'no-restricted-imports': 'off' }
  }
)
