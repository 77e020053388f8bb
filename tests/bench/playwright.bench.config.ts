import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig } from '@playwright/test'

// Browser benchmarks (npm run bench): builds the renderer into its own folder, serves it, and runs
// tests/bench/browser/*.spec.ts in Chromium. Each benchmark writes its metrics to $BENCH_OUT/<name>.json.
// BENCH_BUILD_ARGS adds options to the renderer build (`--minify false` for readable CPU profiles).
const debianChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const executablePath = existsSync(debianChromium) ? debianChromium : undefined
const port = Number(process.env.BENCH_PORT ?? 4180)
const outDir = resolve(process.env.BENCH_RENDERER_OUT ?? 'out/bench-renderer')

export default defineConfig({
  testDir: 'browser',
  timeout: 600_000,
  workers: 1,
  reporter: 'line',
  outputDir: resolve(process.env.BENCH_OUT ?? 'bench-results', 'playwright'),
  webServer: {
    command:
      `npx vite build --config vite.renderer.config.ts --outDir ${outDir} --emptyOutDir --logLevel warn ${process.env.BENCH_BUILD_ARGS ?? ''} && ` +
      `npx vite preview --config vite.renderer.config.ts --outDir ${outDir} --port ${port} --strictPort --host 127.0.0.1`,
    cwd: resolve(import.meta.dirname, '..', '..'),
    url: `http://127.0.0.1:${port}`,
    timeout: 300_000,
    reuseExistingServer: false,
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
