import { useTranslation } from 'react-i18next'

/** Save and Cancel under a draft form, and after a refused save the notice that nothing was stored. */
export function FormFooter({ notSaved, onCancel }: { notSaved: boolean; onCancel: () => void }) {
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
          {t('common.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </>
  )
}
