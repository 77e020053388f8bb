import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { resolve } from 'node:path'

export default defineConfig({
  plugins: [react()],
  // `#shared/…` imports name modules of shared/ (tsconfig.json `paths` says the same).
  resolve: { alias: { '#shared': resolve(import.meta.dirname, 'shared') } },
  test: {
    // Property tests and IndexedDB tests run hundreds of cases; on a 2-core CI machine 5 s is too tight.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: process.env.VITEST_JSON
      ? ['default', ['json', { outputFile: 'test-reports/vitest.json' }]]
      : ['default'],
    projects: [
      {
        extends: true,
        test: { name: 'shared', include: ['tests/shared/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['tests/renderer/setup.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'repository', include: ['tests/repository/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        resolve: {
          alias: {
            '#shared': resolve(import.meta.dirname, 'shared'),
            electron: resolve(import.meta.dirname, 'tests/electron/fake-electron.ts'),
          },
        },
        test: { name: 'electron', include: ['tests/electron/**/*.test.ts'], environment: 'node' },
      },
    ],
  },
})
