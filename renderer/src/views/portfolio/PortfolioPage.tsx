import { useEffect } from 'react'
import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { BUDGET_LINES } from '#shared/portfolio'
import { useStores } from '../../stores/store-context'
import { messageText } from '../common/message-text'
import { TechnicalDetail } from '../common/TechnicalDetail'
import { formatCents, formatCentsWhole, formatNumber, formatYearMonth } from '../../format/format'
import { HouseholdTable } from './HouseholdTable'
import { PortfolioDataPanel } from './PortfolioDataPanel'
import { DistributionChart, MonthlyChart } from './PortfolioCharts'
import { WhatIfPanel } from './WhatIfPanel'
import { PortfolioExportButton } from './PortfolioExportButton'
import './portfolio.css'

/** The budget holder's portfolio: budget, committed, forecast and variance per budget line and month. */
export const PortfolioPage = observer(function PortfolioPage() {
  const { t } = useTranslation()
  const { portfolio } = useStores()
  useEffect(() => {
    // Opened once per session; a return to the page shows the portfolio kept current meanwhile.
    void portfolio.open()
    // While the page is on screen the case list's background analysis waits.
    return portfolio.showPage()
  }, [portfolio])
  const report = portfolio.report

  return (
    <div
      className="page portfolio-page"
      data-households={portfolio.timings?.households}
      data-detail={portfolio.detailLoading ? 'loading' : 'loaded'}
      data-read-ms={portfolio.timings?.readMs.toFixed(1)}
      data-evaluate-ms={portfolio.timings?.evaluateMs.toFixed(1)}
    >
      <h1 id="portfolio-page-title">{t('portfolio.title')}</h1>
      <p className="help">{t('portfolio.intro')}</p>
      <div className="toolbar">
        <label htmlFor="portfolio-year">{t('portfolio.year')}</label>{' '}
        <select
          id="portfolio-year"
          value={portfolio.year}
          disabled={portfolio.status !== 'ready' || portfolio.availableYears.length === 0}
          onChange={(e) => void portfolio.setYear(Number(e.target.value))}
        >
          {(portfolio.availableYears.length > 0 ? portfolio.availableYears : [portfolio.year]).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>{' '}
        <button type="button" onClick={() => void portfolio.open(true)} disabled={portfolio.busy}>
          {t('portfolio.refresh')}
        </button>{' '}
        {(portfolio.status === 'loading' || portfolio.computing) && (
          <span role="status" className="portfolio-status">
            {portfolio.loadProgress
              ? t('portfolio.loadingProgress', {
                  done: formatNumber(portfolio.loadProgress.done),
                  total: formatNumber(portfolio.loadProgress.total),
                })
              : t(portfolio.computing ? 'portfolio.computing' : 'portfolio.loading')}
          </span>
        )}
      </div>
      <RefreshStatus />
      {portfolio.detailLoading && (
        <p role="status" className="notice notice-info portfolio-detail-loading">
          {t('portfolio.detail.loading')}
        </p>
      )}
      {portfolio.status === 'error' && (
        <div role="alert" className="notice notice-error">
          <p>{t('portfolio.error', { message: portfolio.error ? messageText(portfolio.error, t) : '' })}</p>
          {portfolio.error ? <TechnicalDetail message={portfolio.error} /> : null}
        </div>
      )}
      <PortfolioDataPanel />
      {report && report.counts.households === 0 && <p className="card">{t('portfolio.empty')}</p>}
      {report && report.counts.households > 0 && (
        <>
          <Counts />
          <BudgetTable />
          <DrillPanel />
          <MonthlyChart />
          <MonthlyTable />
          <WhatIfPanel />
          <DistributionChart />
          <section className="card" aria-labelledby="top-households-title">
            <h2 id="top-households-title">{t('portfolio.top.title', { year: report.year })}</h2>
            <HouseholdTable
              rows={report.topHouseholds}
              caption={t('portfolio.top.title', { year: report.year })}
              amountKey="portfolio.table.forecast"
            />
          </section>
          <ExportPanel />
        </>
      )}
    </div>
  )
})

/** How many households are being recomputed (or are not current), with stop and resume. */
const RefreshStatus = observer(function RefreshStatus() {
  const { t } = useTranslation()
  const { portfolio } = useStores()
  const progress = portfolio.refreshProgress
  const cases = portfolio.caseLoadProgress
  if (!progress && !cases && portfolio.staleCount === 0) return null
  return (
    <div className="notice notice-info portfolio-refresh" data-stale={portfolio.staleCount}>
      {progress ? (
        <>
          <span role="status">
            {t('portfolio.stale.refreshing', {
              count: portfolio.staleCount,
              done: formatNumber(progress.done),
              total: formatNumber(progress.total),
            })}
          </span>{' '}
          <progress max={progress.total} value={progress.done} aria-hidden="true" />{' '}
          <button type="button" onClick={() => portfolio.cancelRefresh()}>
            {t('portfolio.stale.cancel')}
          </button>
        </>
      ) : cases ? (
        <>
          <span role="status">
            {t('portfolio.stale.loadingCases', {
              done: formatNumber(cases.done),
              total: formatNumber(cases.total),
            })}
          </span>{' '}
          <button type="button" onClick={() => portfolio.cancelRefresh()}>
            {t('portfolio.stale.cancel')}
          </button>
        </>
      ) : (
        <>
          <span role="status">{t('portfolio.stale.notCurrent', { count: portfolio.staleCount })}</span>{' '}
          <button type="button" onClick={() => void portfolio.refreshStale()}>
            {t('portfolio.stale.resume')}
          </button>
        </>
      )}
    </div>
  )
})

const Counts = observer(function Counts() {
  const { t } = useTranslation()
  const { portfolio, cases } = useStores()
  const c = portfolio.report?.counts
  if (!c) return null
  // Found by the case list's analysis, which checks every household's content MAC as it reads it.
  const changed = cases.contentChangedCount
  return (
    <ul className="portfolio-counts" aria-label={t('portfolio.title')}>
      <li>
        <strong>
          {t('portfolio.counts.households', { count: c.households, formatted: formatNumber(c.households) })}
        </strong>
      </li>
      <li>{t('portfolio.counts.chosen', { count: c.chosen })}</li>
      {c.fallback > 0 && (
        <li className="sev-warning">{t('portfolio.counts.fallback', { count: c.fallback })}</li>
      )}
      {c.none > 0 && <li>{t('portfolio.counts.none', { count: c.none })}</li>}
      {c.synthetic > 0 && (
        <li>
          <span className="badge">{t('portfolio.badges.synthetic')}</span>{' '}
          {t('portfolio.counts.synthetic', { count: c.synthetic })}
        </li>
      )}
      {c.pseudonymised > 0 && <li>{t('portfolio.counts.pseudonymised', { count: c.pseudonymised })}</li>}
      {c.imported > 0 && <li>{t('portfolio.counts.imported', { count: c.imported })}</li>}
      {changed > 0 && (
        <li className="sev-blocking" data-testid="portfolio-content-changed">
          {t('portfolio.counts.contentChanged', { count: changed })}
        </li>
      )}
    </ul>
  )
})

const BudgetTable = observer(function BudgetTable() {
  const { t } = useTranslation()
  const { portfolio } = useStores()
  const report = portfolio.report
  if (!report) return null
  const whatIf = report.whatIf
  const sum = (k: 'committedCents' | 'forecastCents', ls = report.lines) => ls.reduce((a, l) => a + l[k], 0)
  // Totals of budget and variance only when every line has a budget (else they would mislead).
  const allBudgeted = report.lines.every((l) => l.budgetCents !== null)
  const totalBudget = allBudgeted ? report.lines.reduce((a, l) => a + (l.budgetCents ?? 0), 0) : null
  const totalVariance = totalBudget === null ? null : totalBudget - sum('forecastCents')
  const noBudget = <span className="no-budget">{t('portfolio.table.noBudget')}</span>
  const budget = (cents: number | null) => (cents === null ? noBudget : formatCentsWhole(cents))
  const variance = (cents: number | null) =>
    cents === null ? (
      noBudget
    ) : (
      <span className={cents < 0 ? 'over-budget' : undefined}>
        {formatCentsWhole(cents)}
        {cents < 0 && <span className="visually-hidden"> ({t('portfolio.table.overrun')})</span>}
      </span>
    )
  return (
    <section className="card" aria-labelledby="budget-table-title">
      <h2 id="budget-table-title">{t('portfolio.table.title', { year: report.year })}</h2>
      <p className="help">{t('portfolio.table.help')}</p>
      <table className="budget-table">
        <caption className="visually-hidden">{t('portfolio.table.caption', { year: report.year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('portfolio.table.line')}</th>
            <th scope="col" className="num">
              {t('portfolio.table.budget')}
            </th>
            <th scope="col" className="num">
              {t('portfolio.table.committed')}
            </th>
            <th scope="col" className="num">
              {t('portfolio.table.forecast')}
            </th>
            <th scope="col" className="num">
              {t('portfolio.table.variance')}
            </th>
            {whatIf && (
              <>
                <th scope="col" className="num">
                  {t('portfolio.table.whatIfForecast')}
                </th>
                <th scope="col" className="num">
                  {t('portfolio.table.whatIfEffect')}
                </th>
              </>
            )}
            <th scope="col">
              <span className="visually-hidden">{t('portfolio.table.drill')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {report.lines.map((l, i) => {
            const w = whatIf?.lines[i]
            const name = t(`portfolio.lines.${l.line}`)
            return (
              <tr key={l.line} data-line={l.line}>
                <th scope="row">{name}</th>
                <td className="num">{budget(l.budgetCents)}</td>
                <td className="num">{formatCentsWhole(l.committedCents)}</td>
                <td className="num" data-testid={`forecast-${l.line}`}>
                  {formatCentsWhole(l.forecastCents)}
                </td>
                <td className="num">{variance(l.varianceCents)}</td>
                {whatIf && w && (
                  <>
                    <td className="num" data-testid={`whatif-forecast-${l.line}`}>
                      {formatCentsWhole(w.forecastCents)}
                    </td>
                    <td className="num">{formatCentsWhole(w.forecastCents - l.forecastCents)}</td>
                  </>
                )}
                <td>
                  <button type="button" onClick={() => void portfolio.drill(l.line, null)}>
                    {t('portfolio.table.drillLine', { line: name })}
                  </button>
                </td>
              </tr>
            )
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('portfolio.table.total')}</th>
            <td className="num">{budget(totalBudget)}</td>
            <td className="num">{formatCentsWhole(sum('committedCents'))}</td>
            <td className="num" data-testid="forecast-total">
              {formatCentsWhole(sum('forecastCents'))}
            </td>
            <td className="num">{variance(totalVariance)}</td>
            {whatIf && (
              <>
                <td className="num" data-testid="whatif-forecast-total">
                  {formatCentsWhole(sum('forecastCents', whatIf.lines))}
                </td>
                <td className="num">
                  {formatCentsWhole(sum('forecastCents', whatIf.lines) - sum('forecastCents'))}
                </td>
              </>
            )}
            <td>
              <button type="button" onClick={() => void portfolio.drill(null, null)}>
                {t('portfolio.table.drill')}
              </button>
            </td>
          </tr>
        </tfoot>
      </table>
      <p className="help">
        {t('portfolio.table.eigenBijdrage', {
          year: report.year,
          amount: formatCents(report.eigenBijdrageByMonth.reduce((a, b) => a + b, 0)),
        })}
      </p>
    </section>
  )
})

/** Forecast per budget line and month; every amount opens the households behind it. */
const MonthlyTable = observer(function MonthlyTable() {
  const { t } = useTranslation()
  const { portfolio } = useStores()
  const report = portfolio.report
  if (!report) return null
  return (
    <section className="card table-scroll" aria-labelledby="monthly-table-title">
      <h2 id="monthly-table-title" className="visually-hidden">
        {t('portfolio.monthly.tableCaption')}
      </h2>
      <table className="monthly-table">
        <caption>{t('portfolio.monthly.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('portfolio.table.line')}</th>
            {report.months.map((m) => (
              <th key={m} scope="col" className="num">
                {formatYearMonth(m)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {BUDGET_LINES.map((line) => {
            const l = report.lines.find((x) => x.line === line)
            const name = t(`portfolio.lines.${line}`)
            return (
              <tr key={line}>
                <th scope="row">{name}</th>
                {report.months.map((m, month) => {
                  const cents = l?.forecastByMonth[month] ?? 0
                  return (
                    <td key={m} className="num">
                      <button
                        type="button"
                        className="link-button"
                        aria-label={t('portfolio.monthly.cellLabel', {
                          line: name,
                          month: formatYearMonth(m),
                          amount: formatCentsWhole(cents),
                        })}
                        onClick={() => void portfolio.drill(line, month)}
                      >
                        {formatCentsWhole(cents)}
                      </button>
                    </td>
                  )
                })}
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
})

const DrillPanel = observer(function DrillPanel() {
  const { t } = useTranslation()
  const { portfolio } = useStores()
  const selection = portfolio.drillSelection
  const report = portfolio.report
  if (!selection || !report) return null
  const line = selection.line ? t(`portfolio.lines.${selection.line}`) : t('portfolio.drill.allLines')
  const when =
    selection.month === null
      ? t('portfolio.drill.wholeYear', { year: report.year })
      : formatYearMonth(report.months[selection.month] ?? '')
  const title = t('portfolio.drill.title', { what: `${line} · ${when}` })
  return (
    <section className="card drill-panel" aria-labelledby="drill-title">
      <h2 id="drill-title">{title}</h2>
      {portfolio.drillRows.length === 0 ? (
        <p>{t('portfolio.drill.empty')}</p>
      ) : (
        <>
          <p className="help">{t('portfolio.drill.limited', { count: portfolio.drillRows.length })}</p>
          <HouseholdTable
            rows={portfolio.drillRows}
            caption={title}
            amountKey={
              portfolio.drillSelection?.whatIf ? 'portfolio.table.whatIfForecast' : 'portfolio.table.forecast'
            }
          />
        </>
      )}
      <button type="button" onClick={() => portfolio.clearDrill()}>
        {t('portfolio.drill.close')}
      </button>
    </section>
  )
})

/** Spreadsheet export of the chosen year; the rows are computed in the worker when asked for. */
const ExportPanel = observer(function ExportPanel() {
  const { t } = useTranslation()
  const { portfolio } = useStores()
  const year = portfolio.year
  return (
    <section className="card" aria-labelledby="portfolio-export-title">
      <h2 id="portfolio-export-title">{t('portfolio.export.title')}</h2>
      <p className="help">{t('portfolio.export.help', { year })}</p>
      {portfolio.exportRows === null ? (
        <button type="button" disabled={portfolio.busy} onClick={() => void portfolio.prepareExport()}>
          {t('portfolio.export.prepare', { year })}
        </button>
      ) : (
        <>
          <p role="status">{t('portfolio.export.rows', { count: portfolio.exportRows.length })}</p>
          <PortfolioExportButton rows={portfolio.exportRows} title={`${t('portfolio.title')} ${year}`} />
        </>
      )}
    </section>
  )
})
