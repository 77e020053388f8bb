import { useState } from 'react'
import type { DraftCheck } from '../common/draft-form'
import { FieldMessage } from '../common/FieldMessage'
import { useDraftForm } from '../common/useDraftForm'
import { numberToInput } from '../common/validation'
import type { NumberDraft } from './optimiser-draft'

/**
 * A number typed in the interface language's notation ('7,5' / '7.5'), read and checked with `check`
 * when the field is left or Enter is pressed. A valid value goes to `commit` (which may still refuse
 * it: false); text that is no number or out of range shows its message under the field and changes
 * nothing. A value set elsewhere (a reset) replaces what is typed.
 */
export function NumberDraftInput<V extends number | null>({
  value,
  check,
  commit,
  label,
  hideLabel = false,
  idPrefix,
  className,
}: {
  value: V
  check: DraftCheck<NumberDraft, { value: V }>
  commit: (value: V) => boolean
  label: string
  hideLabel?: boolean
  idPrefix?: string
  className?: string
}) {
  const text = numberToInput(value)
  const form = useDraftForm({
    initial: () => ({ value: text }),
    ...check,
    reveal: 'changed',
    ...(idPrefix ? { idPrefix } : {}),
  })
  const [seen, setSeen] = useState(text)
  if (text !== seen) {
    setSeen(text)
    form.reset({ value: text })
  }
  const save = form.submit(({ value: next }: { value: V }) => {
    if (commit(next)) form.reset({ value: numberToInput(next) })
  })
  return (
    <span className={className ? `number-draft ${className}` : 'number-draft'}>
      <label htmlFor={form.controlId('value')} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        {...form.text('value')}
        type="text"
        inputMode="decimal"
        onBlur={() => {
          if (form.dirty) save()
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && form.dirty) save()
        }}
      />
      <FieldMessage id={form.errorId('value')} error={form.shown('value')} />
    </span>
  )
}
