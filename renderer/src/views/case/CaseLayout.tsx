import { useEffect, useState } from 'react'
import { observer } from 'mobx-react-lite'
import { Link, NavLink, Outlet, useParams } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { useStores } from '../../stores/store-context'
import { CASE_TABS } from './case-tabs'
import { CaseHeader } from './CaseHeader'
import { ConfirmDialog } from '../common/ConfirmDialog'

/** An open case: its name, the tabs (household, needs, network, arrangement, …) and the tab's page. */
export const CaseLayout = observer(function CaseLayout() {
  const { t } = useTranslation()
  const { householdId } = useParams()
  const { openCase, startup } = useStores()
  const [confirmAccept, setConfirmAccept] = useState(false)

  useEffect(() => {
    if (householdId) openCase.open(householdId)
  }, [householdId, openCase])

  if (openCase.status === 'missing')
    return (
      <section>
        <p role="alert">{t('cases.case.missing')}</p>
        <Link to="/cases">{t('cases.case.back')}</Link>
      </section>
    )
  const household = openCase.household
  if (!household || openCase.householdId !== householdId) return <p>{t('cases.case.loading')}</p>
  return (
    <div className="case-layout">
      <p className="breadcrumb">
        <Link to="/cases">{t('cases.case.back')}</Link>
      </p>
      <h1>
        {household.label}{' '}
        {openCase.isExample && <span className="badge badge-example">{t('cases.example')}</span>}{' '}
        {startup.readOnly && <span className="badge">{t('cases.case.readOnly')}</span>}
      </h1>
      <CaseHeader />
      {openCase.conflict && (
        <div role="alert" className="card conflict-banner" data-testid="conflict-banner">
          <strong>{t('data.conflict.title')}</strong> <span>{t('data.conflict.body')}</span>{' '}
          <button type="button" onClick={() => void openCase.reload()}>
            {t('data.conflict.reload')}
          </button>
        </div>
      )}
      {openCase.contentChanged && (
        <div role="alert" className="card conflict-banner" data-testid="content-changed-banner">
          <strong>{t('data.contentChanged.title')}</strong> <span>{t('data.contentChanged.body')}</span>{' '}
          {!startup.readOnly && (
            <button type="button" onClick={() => setConfirmAccept(true)}>
              {t('data.contentChanged.accept')}
            </button>
          )}
        </div>
      )}
      {confirmAccept && (
        <ConfirmDialog
          title={t('data.contentChanged.confirmTitle')}
          confirmLabel={t('data.contentChanged.accept')}
          onCancel={() => setConfirmAccept(false)}
          onConfirm={() => {
            setConfirmAccept(false)
            void openCase.acceptContent()
          }}
        >
          <p>{t('data.contentChanged.confirmBody', { household: household.label })}</p>
        </ConfirmDialog>
      )}
      <nav aria-label={t('cases.case.tabs')} className="case-tabs">
        <ul>
          {CASE_TABS.map((tab) => (
            <li key={tab.path}>
              <NavLink to={tab.path}>{t(tab.labelKey)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  )
})
