import { HashRouter, Navigate, Route, Routes } from 'react-router-dom'
import { AppFrame } from './views/shell/AppFrame'
import { ErrorBoundary } from './views/shell/ErrorBoundary'
import { CasesPage } from './views/cases/CasesPage'
import { CaseLayout } from './views/case/CaseLayout'
import { CASE_TABS } from './views/case/case-tabs'
import { PortfolioPage } from './views/portfolio/PortfolioPage'
import { CataloguePage } from './views/catalogue/CataloguePage'
import { SettingsPage } from './views/settings/SettingsPage'

/** Hash routing: the app is served from a fixed app:// origin and from a static server alike. */
export function App() {
  return (
    <HashRouter>
      <ErrorBoundary>
        <Routes>
          <Route element={<AppFrame />}>
            <Route index element={<Navigate to="/cases" replace />} />
            <Route path="cases" element={<CasesPage />} />
            <Route path="cases/:householdId" element={<CaseLayout />}>
              <Route index element={<Navigate to={CASE_TABS[0]!.path} replace />} />
              {CASE_TABS.map((tab) => (
                <Route key={tab.path} path={tab.path} element={<tab.Component />} />
              ))}
            </Route>
            <Route path="portfolio/*" element={<PortfolioPage />} />
            <Route path="catalogue/*" element={<CataloguePage />} />
            <Route path="settings" element={<SettingsPage />} />
            <Route path="*" element={<Navigate to="/cases" replace />} />
          </Route>
        </Routes>
      </ErrorBoundary>
    </HashRouter>
  )
}
