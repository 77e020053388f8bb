import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export type Metric = {
  median: number
  unit: 'ms' | 'MB' | 'ratio'
  target: number | null
  [extra: string]: unknown
}

/** Writes the metrics of one benchmark file to bench-results/<name>.json for the BENCH line. */
export function recordMetrics(name: string, metrics: Record<string, Metric>): void {
  const dir = process.env.BENCH_OUT ?? 'bench-results'
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, `${name}.json`), JSON.stringify(metrics, null, 2))
}

/** Median of repeated timings of fn (after warm-up), in ms. */
export function measureMedianMs(fn: () => void, { warmup = 20, runs = 200 } = {}): number {
  for (let i = 0; i < warmup; i++) fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    fn()
    samples.push(performance.now() - t0)
  }
  samples.sort((a, b) => a - b)
  return samples[Math.floor(samples.length / 2)] ?? Number.NaN
}
