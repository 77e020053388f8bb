import { CaseStore } from '../../../../renderer/src/stores/case-store'
import type { DecisionDeps } from '../../../../renderer/src/stores/decision/decision-deps'
import type { Solve } from '#shared/decision/optimiser/optimise'
import { EXAMPLE_VAN_DEN_BERG } from '#shared/examples'
import { openTestWorkspace, until } from '../workspace-fixtures'

export const VDB = EXAMPLE_VAN_DEN_BERG.household.id

/** The HiGHS solver as the app loads it, without its console output. */
async function loadTestSolver(): Promise<Solve> {
  const highs = await (await import('highs')).default()
  return (lp) => highs.solve(lp, { output_flag: false })
}

/**
 * The example households on a real data layer, Van den Berg open, and the `DecisionDeps` every
 * decision store is built from (decisions recorded on 2026-01-15, ids numbered).
 */
export async function openDecisionDeps(): Promise<
  Awaited<ReturnType<typeof openTestWorkspace>> & { openCase: CaseStore; deps: DecisionDeps }
> {
  const ws = await openTestWorkspace()
  await ws.data.seedExamples()
  const openCase = new CaseStore(ws.data, ws.ui, ws.engine, () => '2026-01-01')
  openCase.open(VDB)
  await until(() => openCase.status === 'ready')
  let next = 0
  const deps: DecisionDeps = {
    openCase,
    engine: ws.engine,
    ui: ws.ui,
    today: () => '2026-01-15',
    solver: loadTestSolver,
    newId: () => `test-${++next}`,
  }
  return { ...ws, openCase, deps }
}
