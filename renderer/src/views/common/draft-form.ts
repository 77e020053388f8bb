/**
 * The pure half of the form toolkit: a draft (the text in the fields) is read into the stored shape,
 * then checked with the case-file schema of that shape, and every problem lands on the field it is
 * about. `useDraftForm` wraps this in React state; the checks are tested here without a DOM.
 */
import type { z } from 'zod'
import { formatPath, fromZodIssue } from '#shared/case-file/errors'
import type { FieldError } from './validation'

export type FieldErrors<D> = Partial<Record<keyof D & string, FieldError>>

/**
 * A draft read into the value to store, with the fields whose text could not be read, and where the
 * value's paths come from when that depends on the draft (a list built from the fields that are filled).
 */
type DraftReading<D, V> = {
  value: V
  errors: FieldErrors<D>
  fields?: Readonly<Record<string, keyof D & string>>
}

export type DraftCheck<D, V> = {
  /** Turns the draft into the value to store; fields whose text cannot be read report an error. */
  read: (draft: D) => DraftReading<D, V>
  /** The case-file schema of the stored value: its rules and its words. */
  schema: z.ZodType<V>
  /**
   * The draft field a schema problem belongs to, by its path in the value ('income.netMonthlyCents'
   * → 'netMonthly'). Unlisted paths go to the field named by the path's first key.
   */
  fields?: Readonly<Record<string, keyof D & string>>
}

export type Checked<D, V> =
  { ok: true; value: V } | { ok: false; errors: FieldErrors<D>; formErrors: FieldError[] }

/** Reads and checks a draft; the first problem of each field is kept (a text problem before a rule). */
export function checkDraft<D extends object, V>(draft: D, check: DraftCheck<D, V>): Checked<D, V> {
  const reading = check.read(draft)
  const errors: FieldErrors<D> = { ...reading.errors }
  const formErrors: FieldError[] = []
  const parsed = check.schema.safeParse(reading.value)
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, value: parsed.data }
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      for (const problem of fromZodIssue(issue, reading.value)) {
        // A problem is reported at its issue's path; unknown keys (never made by a form) at their own.
        const field = fieldOf(issue.path, draft, { ...check.fields, ...reading.fields })
        const error: FieldError = { code: problem.code, params: problem.params }
        if (field === null) formErrors.push(error)
        else if (errors[field] === undefined) errors[field] = error
      }
    }
  }
  return { ok: false, errors, formErrors }
}

function fieldOf<D extends object>(
  segments: readonly PropertyKey[],
  draft: D,
  fields: Readonly<Record<string, keyof D & string>> | undefined,
): (keyof D & string) | null {
  // The longest listed prefix wins: 'caresFor[0]' goes where 'caresFor' goes.
  for (let n = segments.length; n > 0; n -= 1) {
    const prefix = formatPath(segments.slice(0, n))
    const listed = fields?.[prefix]
    if (listed !== undefined) return listed
  }
  const first = segments[0]
  if (typeof first === 'string' && Object.hasOwn(draft, first)) return first as keyof D & string
  return null
}
