import { useState, type ReactNode } from 'react'
import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { useStores } from '../../stores/store-context'
import { formatTimestamp } from '../../format/format'
import { RestorePanel } from '../reports/RestorePanel'
import { ConfirmDialog } from '../cases/ConfirmDialog'

/**
 * Decides what the user sees first: the app, the first-run offer of example households, or the
 * recovery screen when the database was emptied behind the app's back. A newer data format lets the
 * app through with a read-only banner.
 */
export const StartupGate = observer(function StartupGate({ children }: { children: ReactNode }) {
  const { startup } = useStores()
  const { t } = useTranslation()
  const state = startup.state
  switch (startup.gate) {
    case 'first-run':
      return <FirstRunScreen />
    case 'data-missing':
      return <RecoveryScreen />
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

const FirstRunScreen = observer(function FirstRunScreen() {
  const { startup } = useStores()
  const { t } = useTranslation()
  return (
    <main className="recovery-screen" aria-labelledby="first-run-title">
      <h1 id="first-run-title">{t('cases.startup.firstRunTitle')}</h1>
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
    </main>
  )
})

const RecoveryScreen = observer(function RecoveryScreen() {
  const { startup } = useStores()
  const { t } = useTranslation()
  const [confirming, setConfirming] = useState(false)
  const state = startup.state
  const count = state.kind === 'data-missing' ? state.expectedHouseholds : 0
  const lastSeen = state.kind === 'data-missing' ? formatTimestamp(state.lastSeenAt) : ''
  return (
    <main className="recovery-screen" aria-labelledby="recovery-title">
      <h1 id="recovery-title">{t('cases.startup.missingTitle')}</h1>
      <p role="alert">{t('cases.startup.missingBody', { count, lastSeen })}</p>
      <p>{t('cases.startup.missingAdvice')}</p>
      <RestorePanel />
      <div className="button-row">
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t('cases.startup.startEmptyAnyway')}
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

/** Shown when the database could not be opened at all; retrying reloads the app. */
export function OpenFailedScreen({ message }: { message: string }) {
  const { t } = useTranslation()
  return (
    <main className="recovery-screen" aria-labelledby="open-failed-title">
      <h1 id="open-failed-title">{t('cases.startup.openFailedTitle')}</h1>
      <p role="alert">{t('cases.startup.openFailedBody')}</p>
      {message && (
        <p className="help">
          <code>{message}</code>
        </p>
      )}
      <button type="button" className="primary" onClick={() => window.location.reload()}>
        {t('cases.startup.retry')}
      </button>
    </main>
  )
}
