import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

// Benchmarks are plain vitest files named *.bench-run.ts that measure and write metrics; they assert
// nothing about time (performance is reported, not tested).
export default defineConfig({
  // `#shared/…` imports name modules of shared/ (tsconfig.json `paths` says the same).
  resolve: { alias: { '#shared': resolve(import.meta.dirname, '../../shared') } },
  test: { include: ['tests/bench/**/*.bench-run.ts'], environment: 'node', testTimeout: 600_000 },
})
