import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { useStores } from '../../stores/store-context'

/**
 * Covers the workspace while it is locked (lock-store.ts). The workspace underneath stays mounted (so
 * nothing typed is lost) but is hidden and inert; this dialog is the only thing that takes input.
 */
export const LockScreen = observer(function LockScreen() {
  const { t } = useTranslation()
  const { lock } = useStores()
  const [passphrase, setPassphrase] = useState('')
  const input = useRef<HTMLInputElement>(null)
  const ids = { title: useId(), pass: useId(), error: useId() }

  useEffect(() => {
    if (lock.locked) input.current?.focus()
    else setPassphrase('')
  }, [lock.locked])

  if (!lock.locked) return null
  const submit = (event: FormEvent) => {
    event.preventDefault()
    void lock.unlockWithPassphrase(passphrase).then((ok) => {
      if (ok) setPassphrase('')
    })
  }
  return (
    <div className="lock-screen">
      <section role="dialog" aria-modal="true" aria-labelledby={ids.title} className="lock-dialog">
        <h1 id={ids.title}>{t('lock.title')}</h1>
        <p>{t('lock.body', { minutes: lock.idleMinutes })}</p>
        {lock.hasPassphrase && (
          <form onSubmit={submit}>
            <label htmlFor={ids.pass}>{t('lock.passphrase')}</label>
            <input
              id={ids.pass}
              ref={input}
              type="password"
              autoComplete="current-password"
              value={passphrase}
              aria-invalid={lock.error !== null}
              aria-describedby={lock.error ? ids.error : undefined}
              onChange={(event) => setPassphrase(event.target.value)}
            />
            <div className="button-row">
              <button type="submit" className="primary" disabled={lock.busy}>
                {t('lock.unlock')}
              </button>
              {lock.osCheckAvailable && (
                <button type="button" disabled={lock.busy} onClick={() => void lock.unlockWithOs()}>
                  {t('lock.unlockOs')}
                </button>
              )}
            </div>
          </form>
        )}
        {!lock.hasPassphrase && lock.osCheckAvailable && (
          <button
            type="button"
            className="primary"
            disabled={lock.busy}
            onClick={() => void lock.unlockWithOs()}
          >
            {t('lock.unlockOs')}
          </button>
        )}
        {lock.busy && <p role="status">{t('lock.checking')}</p>}
        {lock.error && (
          <p id={ids.error} role="alert" className="field-error">
            {t(lock.error)}
          </p>
        )}
      </section>
    </div>
  )
})
