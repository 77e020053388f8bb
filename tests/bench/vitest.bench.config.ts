import { defineConfig } from 'vitest/config'

// Benchmarks are plain vitest files named *.bench-run.ts that measure and write metrics; they assert
// nothing about time (performance is reported, not tested).
export default defineConfig({
  test: { include: ['tests/bench/**/*.bench-run.ts'], environment: 'node', testTimeout: 600_000 },
})
