import { useTranslation } from 'react-i18next'

/** Shown when the database could not be opened at all; retrying reloads the app. */
export function OpenFailedScreen({ message }: { message: string }) {
  const { t } = useTranslation()
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
      <button type="button" className="primary" onClick={() => window.location.reload()}>
        {t('cases.startup.retry')}
      </button>
    </main>
  )
}
