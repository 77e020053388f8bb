// ESLint flat config: strict TypeScript and the layer boundaries of docs/architecture.md#layers
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

const platformModules = [
  'electron',
  'dexie',
  'dexie-*',
  'mobx',
  'mobx-*',
  'react',
  'react-*',
  'recharts',
  'node:*',
]
const nodeBuiltins = ['fs', 'path', 'os', 'crypto', 'child_process', 'url', 'util', 'stream', 'events']

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only (docs/conventions.md).' },
      ],
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', performance: 'readonly', URL: 'readonly' },
    },
  },
  {
    files: ['**/*.config.ts', '**/*.config.js', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // The engine is pure and platform-free.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: platformModules, message: 'shared/ is pure: no platform imports.' },
            { group: nodeBuiltins, message: 'shared/ is pure: no Node built-ins.' },
            { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ must not import app layers.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Date', message: 'shared/ never reads the clock: pass asOf in.' },
        { name: 'window', message: 'shared/ has no DOM.' },
        { name: 'document', message: 'shared/ has no DOM.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'shared/ is deterministic: pass a seed in.' },
        {
          object: 'Math',
          property: 'round',
          message:
            'Round through shared/domain/money.ts: roundHalfUp / divideRoundHalfUp for cents, roundNumber / roundToDecimals for other quantities (one rounding rule, docs/architecture.md#money-rules).',
        },
      ],
    },
  },
  {
    // Only renderer/src/data imports Dexie; nothing in the renderer imports electron or Node.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/src/data/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['dexie', 'dexie-*'], message: 'Only renderer/src/data/ touches Dexie.' },
            {
              group: ['electron', 'node:*', ...nodeBuiltins],
              message: 'The renderer has no Node or Electron.',
            },
            {
              group: ['**/electron/**'],
              message: 'The renderer reaches the desktop only through platform/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/data/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'node:*', ...nodeBuiltins],
              message: 'The renderer has no Node or Electron.',
            },
            { group: ['react', 'react-*', 'mobx', 'mobx-*'], message: 'The data layer is UI-free.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/views/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['dexie', 'dexie-*'], message: 'Only renderer/src/data/ touches Dexie.' },
            // '**/data' too: the data layer's index ('../../data') is the data layer.
            {
              group: ['**/data', '**/data/*', '**/data/**'],
              message: 'Views call store actions, never repositories.',
            },
            { group: ['electron', 'node:*'], message: 'The renderer has no Node or Electron.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // Only electron/ imports electron (tests use the fake through an alias).
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
)
