// npm run bench: runs each benchmark module in tests/bench/*.bench.ts through vitest's Node runtime
// and prints one final line `BENCH {json}` mapping metric names to { median, unit, target }.
// Benchmarks register themselves in tests/bench/suites.ts (see README there).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const outDir = 'bench-results'
rmSync(outDir, { recursive: true, force: true })
mkdirSync(outDir, { recursive: true })

// Node-side benchmarks (engine, optimiser, portfolio) run as vitest files so TypeScript and WASM load
// exactly as in the tests; each writes its metrics to bench-results/<name>.json.
const node = spawnSync('npx', ['vitest', 'run', '--config', 'tests/bench/vitest.bench.config.ts'], {
  stdio: 'inherit',
  env: { ...process.env, BENCH_OUT: outDir },
})
if (node.status !== 0) process.exitCode = 1

// Browser-side benchmarks (edit latency, cold start, IndexedDB load) run in Chromium via Playwright.
if (existsSync('tests/bench/browser')) {
  const browser = spawnSync(
    'npx',
    ['playwright', 'test', '--config', 'tests/bench/playwright.bench.config.ts'],
    {
      stdio: 'inherit',
      env: { ...process.env, BENCH_OUT: outDir },
    },
  )
  if (browser.status !== 0) process.exitCode = 1
}

const metrics = {}
for (const file of readdirSync(outDir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  Object.assign(metrics, JSON.parse(readFileSync(join(outDir, file), 'utf8')))
}
console.log(`BENCH ${JSON.stringify(metrics)}`)
