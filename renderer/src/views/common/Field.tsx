import type { ReactNode } from 'react'
import { FieldMessage } from './FieldMessage'
import type { DraftForm } from './useDraftForm'

/**
 * One labelled field of a draft form: the label, the control (bound with `form.text`, `form.date`, …),
 * an optional help line and the field's message when it holds a value that is not stored.
 */
export function Field<D extends object>({
  form,
  name,
  label,
  help,
  money = false,
  className,
  children,
}: {
  form: Pick<DraftForm<D>, 'controlId' | 'errorId' | 'shown'>
  name: keyof D & string
  label: ReactNode
  help?: ReactNode
  /** The value is an amount: bounds in the message are shown in euros. */
  money?: boolean
  className?: string
  children: ReactNode
}) {
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={form.controlId(name)}>{label}</label>
      {children}
      <FieldMessage id={form.errorId(name)} error={form.shown(name)} money={money} />
      {help && <p className="help">{help}</p>}
    </div>
  )
}
