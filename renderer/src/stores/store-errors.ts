import { i18next } from '../i18n'
import { DataError } from '../data/api'

/** A problem in a case file or a write, with its path, as shown to the user. */
export type Problem = { path: string; message: string }
/** A problem as the case-file parser reports it: a stable code with parameters, and a Dutch default text. */
export type CodedProblem = Problem & { code?: string; params?: Record<string, string | number> }

/**
 * Puts a problem in the user's language: the `casefile.<code>` catalogue entry with its parameters
 * when there is one, otherwise the parser's own (Dutch) text.
 */
export function translateProblem(problem: CodedProblem): Problem {
  const key = problem.code ? `casefile.${problem.code}` : null
  if (key && i18next.exists(key)) return { path: problem.path, message: i18next.t(key, problem.params ?? {}) }
  // The data layer's own problems carry their message as a key (`data.errors.quota`): never show it raw.
  if (isMessageKey(problem.message)) {
    return { path: problem.path, message: i18next.t(problem.message, problem.params ?? {}) }
  }
  return { path: problem.path, message: problem.message }
}

function isMessageKey(message: string): boolean {
  return /^data\.errors\.[A-Za-z]+$/.test(message) && i18next.exists(message)
}

/** The user-facing sentence for an error thrown by a repository (quota, validation, read-only, …). */
export function describeError(error: unknown): string {
  if (error instanceof DataError) {
    const base = isMessageKey(error.message)
      ? i18next.t(error.message, error.params)
      : i18next.t(`cases.errors.${error.kind}`)
    const details = error.issues.map((issue) => {
      const p = translateProblem(issue)
      return p.path ? `${p.path}: ${p.message}` : p.message
    })
    return details.length > 0 ? `${base} ${details.join('; ')}` : base
  }
  if (error instanceof Error && error.name === 'CaseFileIoError')
    return `${i18next.t('cases.errors.unknown')} (${error.message})`
  return i18next.t('cases.errors.unknown')
}
