import { useId, useState } from 'react'
import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { useStores } from '../../stores/store-context'
import { DEFAULT_IDLE_MINUTES, MAX_IDLE_MINUTES, MIN_IDLE_MINUTES } from '../../stores/lock-store'
import { PassphraseFields, usePassphraseDraft } from '../common/PassphraseFields'

/** Settings: the idle time and the unlock passphrase of the workspace lock. */
export const LockSettings = observer(function LockSettings() {
  const { t } = useTranslation()
  const { lock, desktop } = useStores()
  const [minutes, setMinutes] = useState(String(lock.idleMinutes))
  const passphraseDraft = usePassphraseDraft()
  const ids = {
    title: useId(),
    idle: useId(),
    idleHelp: useId(),
  }
  return (
    <section aria-labelledby={ids.title} className="card" data-testid="lock-settings">
      <h2 id={ids.title}>{t('lock.settingsTitle')}</h2>
      <p className="help">{t('lock.settingsIntro')}</p>
      <p role="status" data-testid="lock-status">
        {lock.enabled ? t('lock.statusOn', { minutes: lock.idleMinutes }) : t('lock.statusOff')}
      </p>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault()
          lock.setIdleMinutes(minutes)
        }}
      >
        <label htmlFor={ids.idle}>{t('lock.idleLabel')}</label>
        <input
          id={ids.idle}
          type="text"
          inputMode="numeric"
          size={4}
          value={minutes}
          aria-describedby={ids.idleHelp}
          onChange={(event) => setMinutes(event.target.value)}
        />
        <button type="submit">{t('lock.idleSave')}</button>
      </form>
      <p id={ids.idleHelp} className="help">
        {t('lock.idleHelp', { min: MIN_IDLE_MINUTES, max: MAX_IDLE_MINUTES, default: DEFAULT_IDLE_MINUTES })}
      </p>
      <PassphraseFields
        draft={passphraseDraft}
        label={t('lock.passphraseNew')}
        repeatLabel={t('lock.passphraseRepeat')}
        help={t('lock.passphraseHelp')}
        submitLabel={t(lock.hasPassphrase ? 'lock.passphraseChange' : 'lock.passphraseSave')}
        busy={lock.busy}
        onSubmit={(passphrase, repeat) => lock.setPassphrase(passphrase, repeat)}
      />
      {lock.error && !lock.locked && (
        <p role="alert" className="field-error">
          {t(lock.error)}
        </p>
      )}
      {lock.saved && (
        <p role="status" className="notice-info">
          {t(lock.saved, { minutes: lock.idleMinutes })}
        </p>
      )}
      {lock.osCheckAvailable && <p className="help">{t('lock.osAvailable')}</p>}
      {desktop.kind === 'browser' && <p className="help">{t('lock.browserNote')}</p>}
      {lock.enabled && (
        <button type="button" onClick={() => lock.lock()}>
          {t('lock.lockNow')}
        </button>
      )}
    </section>
  )
})
