import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig } from '@playwright/test'

// Debian's Chromium on our machines; Playwright's own browser where it is installed.
const debianChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const executablePath = existsSync(debianChromium) ? debianChromium : undefined
const port = Number(process.env.E2E_PORT ?? 4173)
const outDir = resolve(process.env.E2E_OUT ?? 'out/renderer')

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  // A page's first paint waits for IndexedDB and the audit check; on a loaded 2-core machine that can
  // exceed Playwright's default 5 s. Assertions stay the same, they only wait longer for the page.
  expect: { timeout: 15_000 },
  workers: 1,
  reporter: process.env.CI ? [['line'], ['json', { outputFile: 'test-reports/e2e.json' }]] : 'line',
  webServer: {
    command: `npx vite preview --config vite.renderer.config.ts --outDir ${outDir} --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
  },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--disable-gpu', '--disable-quic'],
    },
  },
})
