import type { CaseFile, EvaluateInput, Provision, ScenarioResult } from '../../../shared/domain/types'
import type { CodedProblem } from './store-errors'

/**
 * The `shared/` functions the workspace stores and screens call. main.tsx passes the real engine;
 * injecting it keeps the stores testable and the screens free of engine imports.
 */
export type WorkspaceEngine = {
  evaluateScenario(input: EvaluateInput): ScenarioResult
  provisions: readonly Provision[]
  parseCaseFile(text: string): { ok: true; value: CaseFile } | { ok: false; errors: CodedProblem[] }
  serializeCaseFile(file: CaseFile): string
  pseudonymiseCaseFile(file: CaseFile): CaseFile
  isValidBsn(value: string): boolean
  maskBsn(value: string): string
}
