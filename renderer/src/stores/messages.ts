/**
 * Text a store hands to a view, untranslated. Stores never call i18next (a repository test holds
 * them to it): they name catalogue keys with parameters, and the view puts them in the user's
 * language (views/common/message-text.ts) — so a message follows a language switch, and a store test
 * asserts keys and parameters, not sentences.
 */
import type { DesktopError } from '#shared/ipc/desktop-api'
import { DataError, type DataIssue } from '../data/api'

/** Parameters of a catalogue message (`{{name}}` in the text); a parameter may itself be a message. */
export type MessageParams = { readonly [name: string]: string | number | Message }

/**
 * - `{ key, params }`: a catalogue entry; `fallback` is shown when the catalogue has no such key (a
 *   repository's problem code the catalogue does not name).
 * - `{ text }`: text that is not in the catalogue (the case-file parser's own Dutch text for a problem
 *   without a catalogue entry, an I/O error's own detail).
 * - `{ all }`: several messages one after another (joined by `separator`, a space by default).
 * - `{ path, message }`: a problem at a place in a file (`household.label: …`; '' for the whole file).
 */
export type Message =
  | {
      readonly key: string
      readonly params?: MessageParams
      readonly fallback?: Message
      /**
       * Technical text for support (a browser's or the OS's own English `AbortError: …`), never part
       * of the sentence: a view may show it in a disclosure (views/common/message-text.ts
       * `technicalDetail`).
       */
      readonly technical?: string
    }
  | { readonly text: string }
  | { readonly all: readonly Message[]; readonly separator?: string }
  | Problem

/** A problem at a place in a case file or a write ('' for the whole file). */
export type Problem = { readonly path: string; readonly message: Message }

/**
 * A problem as the case-file parser and the repositories report it: a stable code with parameters and
 * a Dutch default text (shared/case-file/errors.ts); a repository's own problems carry a catalogue key
 * as their text (`data.errors.quota`).
 */
export type CodedProblem = DataIssue

/** A repository's message keys (renderer/src/data/errors.ts) — shown translated, never raw. */
const DATA_ERROR_KEY = /^data\.errors\.[A-Za-z]+$/

/** A parser's or repository's problem as a message: its `casefile.<code>` entry, else its own text. */
export function problemOf(problem: CodedProblem): Problem {
  const ownText: Message = DATA_ERROR_KEY.test(problem.message)
    ? { key: problem.message, ...(problem.params ? { params: problem.params } : {}) }
    : { text: problem.message }
  const message: Message = problem.code
    ? { key: `casefile.${problem.code}`, params: problem.params ?? {}, fallback: ownText }
    : ownText
  return { path: problem.path, message }
}

/** A problem of the whole file with one catalogue message. */
export function fileProblem(key: string, params: MessageParams = {}): Problem {
  return { path: '', message: { key, params } }
}

/**
 * What the user reads for an error thrown by a repository (quota, validation, read-only, …) or an I/O
 * failure: the repository's own message when it names one, else its kind's, then every problem it
 * lists. An error the app cannot classify (an unknown data-layer failure, a file that could not be
 * read or written, anything else thrown) reads as one generic sentence in the user's language; the
 * platform's own (English) text is kept aside as `technical`, not appended to the sentence.
 */
export function errorMessage(error: unknown): Message {
  if (error instanceof DataError) {
    const kindMessage: Message = { key: `cases.errors.${error.kind}` }
    const base: Message = DATA_ERROR_KEY.test(error.message)
      ? { key: error.message, params: error.params, fallback: kindMessage }
      : kindMessage
    if (error.kind === 'unknown') {
      const technical = error.issues.filter((issue) => !issue.code && !DATA_ERROR_KEY.test(issue.message))
      const coded = error.issues.filter((issue) => !technical.includes(issue))
      const withDetail: Message =
        technical.length > 0 && 'key' in base
          ? { ...base, technical: technical.map((issue) => issue.message).join('; ') }
          : base
      if (coded.length === 0) return withDetail
      return { all: [withDetail, { all: coded.map(problemOf), separator: '; ' }] }
    }
    if (error.issues.length === 0) return base
    return { all: [base, { all: error.issues.map(problemOf), separator: '; ' }] }
  }
  if (error instanceof DesktopFailure)
    return { key: 'desktop.failed', params: { reason: desktopErrorMessage(error.error) } }
  return unclassifiedError(error)
}

/** An error the app cannot classify: the generic sentence, with the thrown text kept aside. */
function unclassifiedError(error: unknown): Message {
  const technical = technicalText(error)
  return { key: 'data.unclassified', ...(technical ? { technical } : {}) }
}

function technicalText(error: unknown): string {
  if (error instanceof Error) return error.message ? `${error.name}: ${error.message}` : error.name
  return error === undefined || error === null ? '' : String(error)
}

/**
 * A refusal of the desktop bridge (an OS dialog, a file, the device key) in the user's language. The
 * bridge's own `message` is a developer's English detail (for logs and tests), never shown: the
 * screen says what its code means (`desktop.errors.<code>`).
 */
export function desktopErrorMessage(error: DesktopError): Message {
  return { key: `desktop.errors.${error.code}` }
}

/** A bridge refusal thrown through a store's own code, carrying the refusal for `errorMessage`. */
export class DesktopFailure extends Error {
  constructor(readonly error: DesktopError) {
    super(error.message)
    this.name = 'DesktopFailure'
  }
}
