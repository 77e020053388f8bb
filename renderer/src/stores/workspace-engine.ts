import * as shared from '#shared'
import type { CaseFile, EvaluateInput, Provision, ScenarioResult } from '#shared/domain/types'
import type { CodedProblem } from './messages'

/**
 * The `shared/` functions the workspace stores and screens call. main.tsx passes the real engine;
 * injecting it keeps the stores testable and the screens free of engine imports.
 */
export type WorkspaceEngine = {
  evaluateScenario(input: EvaluateInput): ScenarioResult
  provisions: readonly Provision[]
  /** `options.today` also refuses birth dates after it (shared/ reads no clock). */
  parseCaseFile(
    text: string,
    options?: { today?: string },
  ): { ok: true; value: CaseFile } | { ok: false; errors: CodedProblem[] }
  serializeCaseFile(file: CaseFile): string
  /** Without options the household is labelled 'Casus'. */
  pseudonymiseCaseFile(file: CaseFile, options?: { householdLabel: string }): CaseFile
  isValidBsn(value: string): boolean
  maskBsn(value: string): string
}

/** The real engine, as the app and the store tests use it. */
export function createWorkspaceEngine(): WorkspaceEngine {
  return {
    evaluateScenario: shared.evaluateScenario,
    provisions: shared.PROVISIONS,
    parseCaseFile: shared.parseCaseFile,
    serializeCaseFile: shared.serializeCaseFile,
    pseudonymiseCaseFile: (file, options) =>
      shared.pseudonymiseCaseFile(file, options ?? { householdLabel: 'Casus' }),
    isValidBsn: shared.isValidBsn,
    maskBsn: shared.maskBsn,
  }
}
