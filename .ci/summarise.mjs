// Sums the Vitest and Playwright JSON reports into one line: "N passed, N failed".
// A missing report counts as one failure (the runner never got to write it).
import { existsSync, readFileSync } from 'node:fs'

const [vitestPath, playwrightPath] = process.argv.slice(2)
let passed = 0
let failed = 0

if (vitestPath && existsSync(vitestPath)) {
  const report = JSON.parse(readFileSync(vitestPath, 'utf8'))
  passed += report.numPassedTests ?? 0
  failed += report.numFailedTests ?? 0
  // A test file that fails to load has no failed tests but must still count as a failure.
  if ((report.numFailedTests ?? 0) === 0) failed += report.numFailedTestSuites ?? 0
} else {
  failed += 1
}

if (playwrightPath && existsSync(playwrightPath)) {
  const stats = JSON.parse(readFileSync(playwrightPath, 'utf8')).stats ?? {}
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0)
  failed += stats.unexpected ?? 0
} else {
  failed += 1
}

console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
