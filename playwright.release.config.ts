import { defineConfig } from '@playwright/test'

// `npm run release-check` only: drives the real Electron app (no browser, no web server).
export default defineConfig({
  testDir: 'tests/release',
  timeout: 120_000,
  workers: 1,
  retries: 0,
  reporter: 'line',
  outputDir: 'test-results/release',
})
