import { useTranslation } from 'react-i18next'

/**
 * Save (or `saveLabel`: "Aanmaken", "Vastleggen…") and Cancel under a draft form, and after a refused
 * save the notice that nothing was stored.
 */
export function FormFooter({
  notSaved,
  onCancel,
  saveLabel,
}: {
  notSaved: boolean
  onCancel: () => void
  saveLabel?: string
}) {
  const { t } = useTranslation()
  return (
    <>
      {notSaved && (
        <p className="field-error" role="alert">
          {t('forms.notSaved')}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="primary">
          {saveLabel ?? t('common.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </>
  )
}
