import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react'
import { activeFormatLanguage } from '../../format/format'
import { checkDraft, type Checked, type DraftCheck, type FieldErrors } from './draft-form'
import type { FieldError } from './validation'

type KeysOf<D, T> = { [K in keyof D]: D[K] extends T ? K : never }[keyof D] & string

type DraftFormOptions<D, V> = DraftCheck<D, V> & {
  initial: D | (() => D)
  /**
   * 'touched' (a form with a Save button): a field's problem shows once the field was changed or the
   * form submitted. 'changed' (a row saved as it is edited): every problem shows after the first change.
   */
  reveal?: 'touched' | 'changed'
  /**
   * Called with the value whenever a change leaves the whole draft valid (edit-in-place rows). When
   * it returns the save's promise, an outcome of `false` (or a rejection) marks the draft unsaved.
   */
  onValidChange?: (value: V) => unknown
  /** A stable prefix of the fields' ids (`date` → `date-melding`, `date-melding-error`); else a unique one. */
  idPrefix?: string
}

/**
 * The one form toolkit: a draft of strings and choices, read and checked with the case-file schema on
 * every render (cheap: one small object), problems shown per field, nothing stored until valid.
 */
export function useDraftForm<D extends object, V>(options: DraftFormOptions<D, V>) {
  const [draft, setDraft] = useState<D>(options.initial)
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set())
  // Amounts and numbers are written in the interface language's notation (format/number-text.ts): after
  // a language switch, a form nobody has changed shows its stored values again in the new notation.
  const language = activeFormatLanguage()
  const [draftLanguage, setDraftLanguage] = useState(language)
  if (language !== draftLanguage) {
    setDraftLanguage(language)
    if (touched.size === 0 && typeof options.initial === 'function') setDraft(options.initial())
  }
  const [submitted, setSubmitted] = useState(false)
  // A refused save (a full disk) leaves the draft as typed: the user's text is never replaced by the
  // stored value, and the same draft can be saved again once the cause is gone.
  const [saveState, setSaveState] = useState<'idle' | 'saving' | 'failed'>('idle')
  const saveTicket = useRef(0)
  const generatedId = useId()
  const id = options.idPrefix ?? generatedId
  const checked: Checked<D, V> = checkDraft(draft, options)
  const errors: FieldErrors<D> = checked.ok ? {} : checked.errors
  const revealAll = submitted || (options.reveal === 'changed' && touched.size > 0)

  const shown = (key: keyof D & string): FieldError | null =>
    ((revealAll || touched.has(key)) && errors[key]) || null
  const controlId = (key: keyof D & string): string => `${id}-${key}`
  const errorId = (key: keyof D & string): string => `${id}-${key}-error`

  /** Follows a save's outcome (only the newest save counts): `false` or a rejection is a failure. */
  const track = (outcome: unknown): void => {
    if (!(outcome instanceof Promise)) return
    const ticket = ++saveTicket.current
    setSaveState('saving')
    const settle = (failed: boolean) => {
      if (ticket === saveTicket.current) setSaveState(failed ? 'failed' : 'idle')
    }
    outcome.then(
      (ok: unknown) => settle(ok === false),
      () => settle(true),
    )
  }

  const set = <K extends keyof D & string>(key: K, value: D[K]): void => {
    const next = { ...draft, [key]: value }
    setDraft(next)
    setTouched((before) => new Set(before).add(key))
    if (options.onValidChange) {
      const result = checkDraft(next, options)
      if (result.ok) track(options.onValidChange(result.value))
    }
  }

  /** id and ARIA state of a field's control. */
  const control = (key: keyof D & string) => ({
    id: controlId(key),
    'aria-invalid': Boolean(shown(key)),
    'aria-describedby': shown(key) ? errorId(key) : undefined,
  })

  /** Starts again from `next` (the stored value as it is now): no field changed, nothing submitted. */
  const reset = (next: D): void => {
    setDraft(next)
    setTouched(new Set())
    setSubmitted(false)
    saveTicket.current += 1
    setSaveState('idle')
  }

  return {
    draft,
    set,
    reset,
    /** A field was changed since the form opened or was last reset. */
    dirty: touched.size > 0,
    errors,
    shown,
    controlId,
    errorId,
    control,
    /** Props of an `<input>` or `<select>` bound to a text field of the draft. */
    text: <K extends KeysOf<D, string>>(key: K) => ({
      ...control(key),
      value: draft[key] as string,
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
        set(key, event.target.value as D[K]),
    }),
    /** Props of a `DateInput` bound to a date field of the draft. */
    date: <K extends KeysOf<D, string>>(key: K) => ({
      ...control(key),
      value: draft[key] as string,
      onChange: (value: string) => set(key, value as D[K]),
    }),
    /** Props of a checkbox bound to a yes/no field of the draft. */
    checkbox: <K extends KeysOf<D, boolean>>(key: K) => ({
      type: 'checkbox' as const,
      checked: draft[key] as boolean,
      onChange: (event: ChangeEvent<HTMLInputElement>) => set(key, event.target.checked as D[K]),
    }),
    /** True after a refused submit: the form says it stored nothing. */
    notSaved: submitted && !checked.ok,
    /** The last save of this draft was refused (a full disk): the draft is kept as typed. */
    saveFailed: saveState === 'failed',
    /** A save of this draft is running or was refused: the stored value must not replace the draft. */
    holdsUnsaved: saveState !== 'idle',
    /** Saves the draft again through `onValidChange` (edit-in-place forms, after a refused save). */
    retry: (): void => {
      if (checked.ok && options.onValidChange) track(options.onValidChange(checked.value))
    },
    /**
     * A submit handler: shows every problem, and calls `save` only with a valid value. `choice` is a
     * part of the draft a button decides (save as a new assessment): it is checked with the rest.
     */
    submit:
      (save: (value: V) => unknown, choice?: Partial<D>) =>
      (event?: FormEvent): void => {
        event?.preventDefault()
        setSubmitted(true)
        let result = checked
        if (choice) {
          const next = { ...draft, ...choice }
          setDraft(next)
          result = checkDraft(next, options)
        }
        if (result.ok) track(save(result.value))
      },
  }
}

export type DraftForm<D extends object, V = unknown> = ReturnType<typeof useDraftForm<D, V>>
