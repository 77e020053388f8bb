import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { useStores } from '../../stores/store-context'

/**
 * Under a form whose save was refused (a full disk): nothing stored changed, the draft is still in the
 * fields, and — for forms saved as they are edited, which have no Save button — a button to save the
 * same draft again once the cause is gone.
 */
export const UnsavedDraftNotice = observer(function UnsavedDraftNotice({
  failed,
  onRetry,
}: {
  failed: boolean
  onRetry?: () => void
}) {
  const { t } = useTranslation()
  const { openCase } = useStores()
  if (!failed) return null
  return (
    <div className="unsaved-draft" data-testid="unsaved-draft">
      <p className="field-error" role="alert">
        {t(openCase.writeRefusal === 'quota' ? 'unsavedDraft.quota' : 'unsavedDraft.other')}
      </p>
      {onRetry && (
        <div className="button-row">
          <button type="button" className="primary" onClick={onRetry}>
            {t('unsavedDraft.retry')}
          </button>
        </div>
      )}
    </div>
  )
})
