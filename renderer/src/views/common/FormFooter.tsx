import { useTranslation } from 'react-i18next'
import { UnsavedDraftNotice } from './UnsavedDraftNotice'

/**
 * Save (or `saveLabel`: "Aanmaken", "Vastleggen…") and Cancel under a draft form, and after a refused
 * save the notice that nothing was stored (`notSaved`: the draft is invalid; `saveFailed`: the write
 * was refused, the draft is kept to save again).
 */
export function FormFooter({
  notSaved,
  saveFailed = false,
  onCancel,
  saveLabel,
}: {
  notSaved: boolean
  saveFailed?: boolean
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
      <UnsavedDraftNotice failed={saveFailed} />
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
