import { useEffect, useState, type ReactNode } from 'react'
import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { useStores } from '../../stores/store-context'
import { formatTimestamp } from '../../format/format'
import { RestorePanel } from '../settings/RestorePanel'
import { ConfirmDialog } from '../common/ConfirmDialog'
import { OpenFailedScreen } from './OpenFailedScreen'

/**
 * Decides what the user sees first: the app (on a first run with the offer of example households on
 * the case list), or the recovery screen when the database was emptied behind the app's back. A newer data format lets the
 * app through with a read-only banner.
 */
export const StartupGate = observer(function StartupGate({ children }: { children: ReactNode }) {
  const { startup } = useStores()
  const { t } = useTranslation()
  const state = startup.state
  switch (startup.gate) {
    case 'first-run':
      // The app itself, with the offer of example households on the case list (FirstRunOffer).
      return <>{children}</>
    case 'data-missing':
      return <RecoveryScreen />
    case 'database-lost':
      return <DatabaseLostScreen />
    case 'open-failed':
      return <OpenFailedScreen message={state.kind === 'open-failed' ? state.message : ''} />
    case 'newer-format':
      return (
        <>
          <div role="status" className="read-only-banner">
            {state.kind === 'newer-format'
              ? t('cases.startup.newerFormat', { found: state.found, supported: state.supported })
              : null}
          </div>
          {children}
        </>
      )
    case 'ok':
      return <>{children}</>
  }
})

/** First run: the offer of the six example households, shown above the (empty) case list. */
export const FirstRunOffer = observer(function FirstRunOffer() {
  const { startup, cases } = useStores()
  const { t } = useTranslation()
  if (startup.gate !== 'first-run' || cases.summaries.length > 0) return null
  return (
    <section className="card first-run-offer" aria-labelledby="first-run-title">
      <h2 id="first-run-title">{t('cases.startup.firstRunTitle')}</h2>
      <p className="first-start-explain">{t('firstStart.explain')}</p>
      <p>{t('cases.startup.firstRunBody')}</p>
      <div className="button-row">
        <button
          type="button"
          className="primary"
          disabled={startup.busy}
          onClick={() => void startup.loadExamples()}
        >
          {t('cases.startup.loadExamples')}
        </button>
        <button type="button" disabled={startup.busy} onClick={() => startup.continueEmpty()}>
          {t('cases.startup.startEmpty')}
        </button>
      </div>
    </section>
  )
})

/**
 * The database stopped being ours while the app was open (removed from another tab, closed by the
 * browser, upgraded elsewhere, replaced): every write is already refused; the only way on is a
 * restart, which runs the start-up inspection and offers a restore when data is missing.
 */
const DatabaseLostScreen = observer(function DatabaseLostScreen() {
  const { startup } = useStores()
  const { t } = useTranslation()
  const reason = startup.lost ?? 'closed'
  return (
    <main className="recovery-screen" aria-labelledby="lost-title">
      <h1 id="lost-title">{t('data.lost.title')}</h1>
      <p role="alert">
        {t(`data.lost.${reason}`)} {t('data.lost.body')}
      </p>
      <p>{t('data.lost.advice')}</p>
      <div className="button-row">
        <button type="button" className="primary" onClick={() => globalThis.location.reload()}>
          {t('data.lost.reload')}
        </button>
      </div>
    </main>
  )
})

/** When the browser dropped the database: the newest automatic backup, offered first (desktop app). */
const NewestAutomaticBackup = observer(function NewestAutomaticBackup() {
  const { backups } = useStores()
  const { t } = useTranslation()
  useEffect(() => {
    void backups.refreshList()
  }, [backups])
  const newest = backups.newestAutomaticBackup
  if (!newest) return null
  return (
    <section className="card" aria-labelledby="newest-backup-title">
      <h2 id="newest-backup-title">
        {t('data.recovery.newestAutomatic', { createdAt: formatTimestamp(newest.createdAt) })}
      </h2>
      <button
        type="button"
        className="primary"
        onClick={() => void backups.chooseAutomaticBackup(newest.name)}
      >
        {t('data.recovery.useNewest')}
      </button>
    </section>
  )
})

const RecoveryScreen = observer(function RecoveryScreen() {
  const { startup } = useStores()
  const { t } = useTranslation()
  const [confirming, setConfirming] = useState(false)
  const state = startup.state
  const count = state.kind === 'data-missing' ? state.expectedHouseholds : 0
  const lastSeen = state.kind === 'data-missing' ? formatTimestamp(state.lastSeenAt) : ''
  const replaced = state.kind === 'data-missing' && state.reason === 'replaced'
  return (
    <main className="recovery-screen" aria-labelledby="recovery-title">
      <h1 id="recovery-title">{t('cases.startup.missingTitle')}</h1>
      <p role="alert">
        {replaced
          ? t('data.recovery.replacedBody', { count, lastSeen })
          : t('cases.startup.missingBody', { count, lastSeen })}
      </p>
      <p>{t('cases.startup.missingAdvice')}</p>
      <NewestAutomaticBackup />
      <RestorePanel />
      <div className="button-row">
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {replaced ? t('data.recovery.continueAnyway') : t('cases.startup.startEmptyAnyway')}
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('cases.startup.startEmptyConfirmTitle')}
          confirmLabel={t('cases.startup.startEmptyAnyway')}
          danger
          onCancel={() => setConfirming(false)}
          onConfirm={() => startup.continueEmpty()}
        >
          <p>{t('cases.startup.startEmptyConfirm')}</p>
        </ConfirmDialog>
      )}
    </main>
  )
})
