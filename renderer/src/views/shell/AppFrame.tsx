import { observer } from 'mobx-react-lite'
import { useEffect } from 'react'
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { importOpenedCaseFiles } from '../../stores/opened-case-files'
import { useStores } from '../../stores/store-context'
import { IdentityForm } from '../settings/IdentityForm'
import { LockScreen } from '../lock/LockScreen'
import { noticeMessage, noticeText } from './notice-text'
import { TechnicalDetail } from '../common/TechnicalDetail'
import { messageText } from '../common/message-text'
import { guardUnsavedWrites } from './unload-guard'

const AREAS = [
  { to: '/cases', key: 'nav.cases' },
  { to: '/portfolio', key: 'nav.portfolio' },
  { to: '/catalogue', key: 'nav.catalogue' },
  { to: '/settings', key: 'nav.settings' },
] as const

/** How often the page asks the desktop app for case files the OS handed over (a cheap queue check). */
const OPENED_FILES_POLL_MS = 2000

/** The app frame: skip link, main navigation between the four areas, the notice bar and the page. */
export const AppFrame = observer(function AppFrame() {
  const { t } = useTranslation()
  const { ui, startup, cases, desktop, lock, openCase } = useStores()
  const navigate = useNavigate()
  // Settings holds the identity form itself: the first-start prompt on top would be the same form twice.
  const onSettings = useLocation().pathname.startsWith('/settings')
  // Case files opened from the OS: taken at start, when the window gains focus (a second launch with
  // a file focuses this window) and every few seconds while visible (when it already had the focus).
  useEffect(() => {
    let running = false
    const take = (): void => {
      if (running) return
      running = true
      void importOpenedCaseFiles(desktop, cases, ui)
        .then((householdId) => {
          if (householdId) navigate(`/cases/${householdId}`)
        })
        .finally(() => {
          running = false
        })
    }
    take()
    window.addEventListener('focus', take)
    const poll = window.setInterval(() => {
      if (document.visibilityState === 'visible') take()
    }, OPENED_FILES_POLL_MS)
    return () => {
      window.removeEventListener('focus', take)
      window.clearInterval(poll)
    }
  }, [desktop, cases, ui, navigate])
  // No lost edit: while a case edit shown on screen is not yet stored, leaving the page asks first.
  useEffect(() => guardUnsavedWrites(window, () => openCase.writesInFlight), [openCase])
  // Idle lock: any key, click, touch or scroll counts as activity (the store only notes the time).
  useEffect(() => {
    const activity = (): void => lock.recordActivity()
    const events = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const
    for (const name of events) window.addEventListener(name, activity, { capture: true, passive: true })
    lock.start()
    return () => {
      for (const name of events) window.removeEventListener(name, activity, { capture: true })
      lock.stop()
    }
  }, [lock])
  return (
    <>
      {/* Locked: the workspace stays mounted (nothing typed is lost) but hidden and inert. */}
      <div
        className={lock.locked ? 'app-frame app-frame-locked' : 'app-frame'}
        // Where the start-up audit check stands (unchecked, ok, broken, failed): probes wait for 'ok'.
        data-audit-check={startup.audit.status}
        // Case edits shown on screen but not yet stored: probes wait for 0 before they reload.
        data-writes-in-flight={openCase.writesInFlight}
        inert={lock.locked}
        aria-hidden={lock.locked || undefined}
      >
        <a className="skip-link" href="#main">
          {t('app.skipToContent')}
        </a>
        <header className="app-header">
          <div className="brand">
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </div>
          <nav aria-label={t('nav.main')} className="main-nav">
            <ul>
              {AREAS.map((area) => (
                <li key={area.to}>
                  <NavLink to={area.to}>{t(area.key)}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        {startup.audit.status === 'broken' && (
          <div role="alert" className="notice notice-error audit-alert">
            <span>
              {t('audit.broken', {
                seq: startup.audit.brokenAtSeq ?? '?',
              })}
              {startup.audit.reason && ` ${t(`audit.reason.${startup.audit.reason}`)}`}
            </span>
          </div>
        )}
        {startup.audit.status === 'failed' && (
          <div role="alert" className="notice notice-error audit-alert">
            <span>{messageText(startup.audit.message, t)}</span>
          </div>
        )}
        {ui.notice && (
          <div
            role={ui.notice.kind === 'error' ? 'alert' : 'status'}
            className={`notice notice-${ui.notice.kind}`}
          >
            <div className="notice-body">
              <span>{noticeText(ui.notice, t)}</span>
              <TechnicalDetail message={noticeMessage(ui.notice)} />
            </div>
            <button type="button" onClick={() => ui.clearNotice()}>
              {t('common.close')}
            </button>
          </div>
        )}
        <main id="main" tabIndex={-1} className="app-main">
          {!onSettings && <IdentityForm prompt />}
          <Outlet />
        </main>
      </div>
      <LockScreen />
    </>
  )
})
