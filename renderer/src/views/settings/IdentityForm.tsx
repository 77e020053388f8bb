import { useState, type FormEvent } from 'react'
import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { useStores } from '../../stores/store-context'

/**
 * The consultant's name or staff id for the audit log (issue 12 item 7): asked on top of the app at
 * first start (`prompt`), and in Settings to change it.
 */
export const IdentityForm = observer(function IdentityForm({ prompt = false }: { prompt?: boolean }) {
  const { identity } = useStores()
  const { t } = useTranslation()
  const [value, setValue] = useState(identity.consultant ?? '')
  if (prompt && !identity.needsConsultant) return null
  const submit = (event: FormEvent) => {
    event.preventDefault()
    identity.setConsultant(value)
  }
  const titleId = prompt ? 'identity-prompt-title' : 'identity-title'
  return (
    <section aria-labelledby={titleId} className={prompt ? 'card identity-prompt' : 'card'}>
      <h2 id={titleId}>{t('identity.title')}</h2>
      <p className="help">{t('identity.body')}</p>
      <form onSubmit={submit} className="button-row">
        <label>
          {t('identity.label')}
          <input
            type="text"
            value={value}
            maxLength={80}
            autoComplete="off"
            aria-invalid={identity.error !== null}
            aria-describedby={identity.error ? `${titleId}-error` : undefined}
            onChange={(event) => setValue(event.target.value)}
          />
        </label>
        <button type="submit" className="primary">
          {t('identity.save')}
        </button>
      </form>
      {identity.error && (
        <p id={`${titleId}-error`} role="alert" className="field-error">
          {t(identity.error)}
        </p>
      )}
      {!prompt && identity.consultant && (
        <p className="help">
          {t('identity.current', { name: identity.consultant, device: identity.deviceId })}
        </p>
      )}
    </section>
  )
})
