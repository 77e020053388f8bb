import { i18next } from '../i18n'
import { DataError } from '../data/api'

/** A problem in a case file or a write, with its path, as shown to the user. */
export type Problem = { path: string; message: string }

/**
 * Translates a problem message: validation messages are codes under `casefile.` (from the case-file
 * schema); anything else is shown as it came.
 */
export function translateProblem(problem: Problem): Problem {
  const key = `casefile.${problem.message}`
  return { path: problem.path, message: i18next.exists(key) ? i18next.t(key) : problem.message }
}

/** The user-facing sentence for an error thrown by a repository (quota, validation, read-only, …). */
export function describeError(error: unknown): string {
  if (error instanceof DataError) {
    const base = i18next.t(`cases.errors.${error.kind}`)
    const details = error.issues.map((issue) => {
      const p = translateProblem(issue)
      return p.path ? `${p.path}: ${p.message}` : p.message
    })
    return details.length > 0 ? `${base} ${details.join('; ')}` : base
  }
  return i18next.t('cases.errors.unknown')
}
