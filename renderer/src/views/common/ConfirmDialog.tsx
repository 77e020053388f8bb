import { useEffect, useId, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

type Props = {
  title: string
  children: ReactNode
  confirmLabel: string
  danger?: boolean
  onConfirm: () => void
  onCancel: () => void
}

/** A modal confirmation: focus starts on Cancel (the safe choice), Escape cancels. */
export function ConfirmDialog({ title, children, confirmLabel, danger = false, onConfirm, onCancel }: Props) {
  const { t } = useTranslation()
  const titleId = useId()
  const cancelRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    cancelRef.current?.focus()
  }, [])
  return (
    <div className="dialog-backdrop">
      <div
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="dialog"
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel()
        }}
      >
        <h2 id={titleId}>{title}</h2>
        <div>{children}</div>
        <div className="button-row">
          <button type="button" ref={cancelRef} onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="button" className={danger ? 'danger' : 'primary'} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  )
}

/**
 * A confirmation about one target (the member to remove, the cases to erase): shown while `target` is
 * set; confirming closes it first and then acts on the target it was opened for.
 */
export function ConfirmTarget<T>({
  target,
  body,
  onClose,
  onConfirm,
  ...dialog
}: Omit<Props, 'children' | 'onConfirm' | 'onCancel'> & {
  target: T | null
  body: (target: T) => ReactNode
  onClose: () => void
  onConfirm: (target: T) => void
}) {
  if (target === null) return null
  return (
    <ConfirmDialog
      {...dialog}
      onCancel={onClose}
      onConfirm={() => {
        onClose()
        onConfirm(target)
      }}
    >
      {body(target)}
    </ConfirmDialog>
  )
}
