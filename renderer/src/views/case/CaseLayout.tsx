import { NavLink, Outlet, useParams } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { CASE_TABS } from './case-tabs'

// Placeholder layout of an open case (owned by the workspace work): tabs and the tab's page.
export function CaseLayout() {
  const { t } = useTranslation()
  const { householdId } = useParams()
  return (
    <div className="case-layout">
      <h1>{householdId}</h1>
      <nav aria-label={t('nav.main')} className="case-tabs">
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
}
