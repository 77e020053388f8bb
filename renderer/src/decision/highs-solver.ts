/**
 * Loads HiGHS (WebAssembly) for the optimiser. The wasm file is bundled as an asset by Vite (`?url`),
 * so it loads offline from the app's own origin; the app's CSP allows 'wasm-unsafe-eval'. The solver
 * code is imported on first use (its own chunk, off the start-up path) and shared afterwards.
 */
import wasmUrl from 'highs/runtime?url'
import type { Solve } from '#shared/decision/optimiser/optimise'

let solver: Promise<Solve> | null = null

export function loadSolver(): Promise<Solve> {
  solver ??= import('highs')
    .then(({ default: loadHighs }) => loadHighs({ locateFile: () => wasmUrl }))
    .then(
      (highs): Solve =>
        (lp) =>
          highs.solve(lp, { output_flag: false, time_limit: 10 }),
    )
    .catch((error: unknown) => {
      solver = null // a later attempt may succeed (e.g. after a transient load failure)
      throw error
    })
  return solver
}
