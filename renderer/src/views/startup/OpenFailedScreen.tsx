import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { useStores } from '../../stores/store-context'
import { PassphraseFields, usePassphraseDraft } from '../common/PassphraseFields'
import { StatusLine } from '../common/StatusLine'

/** Shown when the database could not be opened at all; retrying reloads the app. */
export const OpenFailedScreen = observer(function OpenFailedScreen({ message }: { message: string }) {
  const { t } = useTranslation()
  const { backups } = useStores()
  return (
    <main className="recovery-screen" aria-labelledby="open-failed-title">
      <h1 id="open-failed-title">{t('cases.startup.openFailedTitle')}</h1>
      <p role="alert">{t('cases.startup.openFailedBody')}</p>
      {message.startsWith('data.errors.') ? (
        // A known refusal (e.g. the at-rest key does not fit): said in the user's language.
        <p className="help">{t(message)}</p>
      ) : message ? (
        <p className="help">
          <code>{message}</code>
        </p>
      ) : null}
      {backups.canSaveUntouchedCopy && <UntouchedCopy />}
      <button type="button" className="primary" onClick={() => window.location.reload()}>
        {t('cases.startup.retry')}
      </button>
    </main>
  )
})

/** After a failed upgrade: nothing was changed, and the old data can be saved as an encrypted file. */
const UntouchedCopy = observer(function UntouchedCopy() {
  const { t } = useTranslation()
  const { backups } = useStores()
  const draft = usePassphraseDraft()
  return (
    <section className="card" aria-labelledby="untouched-copy-title">
      <h2 id="untouched-copy-title">{t('untouchedCopy.title')}</h2>
      <p>{t('untouchedCopy.nothingChanged')}</p>
      <PassphraseFields
        draft={draft}
        label={t('untouchedCopy.passphrase')}
        repeatLabel={t('untouchedCopy.passphraseRepeat')}
        help={t('untouchedCopy.passphraseHelp')}
        submitLabel={t('untouchedCopy.save')}
        busy={backups.busy !== 'idle'}
        onSubmit={(passphrase, repeat) => backups.saveUntouchedCopy(passphrase, repeat)}
      />
      {backups.busy === 'encrypting' ? <p role="status">{t('untouchedCopy.working')}</p> : null}
      <StatusLine status={backups.message} />
    </section>
  )
})
