import { useState } from 'react'
import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { useStores } from '../../../stores/store-context'
import type { Finding, ScenarioResult } from '#shared/domain/types'
import { formatCents, formatNumber, formatYearMonth } from '../../../format/format'
import { groupFindings, type FindingGroup } from '#shared/decision/finding-groups'
import { formatArticle, formatCitation, tariffCitationLookup } from '../../../format/citation'
import { explanationTexts } from '../../../format/explain-text'
import { explainAmounts } from '#shared/decision/explain-amounts'
import {
  eigenBijdrageByYear,
  shapeCostTable,
  uncoveredNeeds,
  type CostTable,
  type PayerRow,
} from './result-view'
import { CarerBadges } from '../../common/CarerBadges'
import { formatFindingParams, nameFindingParams } from '../../../format/finding-params'
import { useMonthsText } from '../../common/use-months-text'
import { messageText } from '../../common/message-text'
import { TechnicalDetail } from '../../common/TechnicalDetail'

/** The live verdict beside the lines: findings, cost per payer, eigen bijdrage, carer load, gaps, transitions. */
export const ResultPanel = observer(function ResultPanel() {
  const { t } = useTranslation()
  const { openCase } = useStores()
  const evaluation = openCase.evaluation
  return (
    <aside className="result-panel" aria-labelledby="result-panel-title" aria-live="polite">
      <h3 id="result-panel-title">{t('cases.panel.title')}</h3>
      {evaluation.ok === null ? (
        <p>{t('cases.panel.computing')}</p>
      ) : evaluation.ok === false ? (
        <div role="alert">
          <p className="field-error">
            {t('cases.panel.engineError', { message: messageText(evaluation.message, t) })}
          </p>
          <TechnicalDetail message={evaluation.message} />
        </div>
      ) : (
        <ResultDetails result={evaluation.result} />
      )}
    </aside>
  )
})

const ResultDetails = observer(function ResultDetails({ result }: { result: ScenarioResult }) {
  const { t } = useTranslation()
  const { openCase } = useStores()
  const firstMonth = result.monthly[0]?.month ?? null
  const groups = groupFindings(result.findings)
  // Holds now (undated, or from the first month) versus later in the horizon.
  const findings = groups.filter((g) => !g.months[0] || (firstMonth !== null && g.months[0] <= firstMonth))
  const transitions = groups
    .filter((g) => g.months[0] && (firstMonth === null || g.months[0] > firstMonth))
    .sort((a, b) => (a.months[0] ?? '').localeCompare(b.months[0] ?? ''))
  const table = shapeCostTable(result)
  const eigenBijdrage = eigenBijdrageByYear(result)
  const uncovered = uncoveredNeeds(result)
  return (
    <>
      <FindingSection
        titleId="findings-title"
        title={t('cases.panel.findings')}
        empty={t('cases.panel.noFindings')}
        groups={findings}
        result={result}
      />

      <section aria-labelledby="costs-title" className="panel-section">
        <h4 id="costs-title">{t('cases.panel.costs')}</h4>
        <p className="money-headline">
          {t('money.municipalNetPerMonth')}:{' '}
          <strong data-testid="municipal-per-month">{formatCents(table.municipalPerMonthCents)}</strong>{' '}
          <span className="help">({t('money.perMonthBasis', { count: result.monthly.length })})</span>
        </p>
        {/* The panel beside the lines has room for the first month and the whole period; the years are
            in the full-width table under the lines (CostByYearCard), so no figure is ever cut off. */}
        <CostTableView table={table} years={[]} labelledBy="costs-title" testId="cost-summary" />
        <p className="help">{t('money.basis')}</p>
        <AmountsExplained result={result} />
      </section>

      <section aria-labelledby="eb-title" className="panel-section">
        <h4 id="eb-title">{t('cases.panel.eigenBijdrage')}</h4>
        {eigenBijdrage.length === 0 ? (
          <p>{t('cases.panel.noEigenBijdrage')}</p>
        ) : (
          <ul className="eigen-bijdrage">
            {eigenBijdrage.map((eb) => (
              <li key={eb.year}>
                {t('cases.panel.eigenBijdrageLine', { year: eb.year, amount: formatCents(eb.monthlyCents) })}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="carers-title" className="panel-section">
        <h4 id="carers-title">{t('cases.panel.carers')}</h4>
        {result.carers.length === 0 ? (
          <p>{t('cases.panel.noCarers')}</p>
        ) : (
          <table className="carer-load">
            <thead>
              <tr>
                <th scope="col">{t('cases.network.name')}</th>
                <th scope="col" className="num">
                  {t('cases.network.hoursGiven')}
                </th>
                <th scope="col" className="num">
                  {t('cases.network.hoursCapacity')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('cases.network.load')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {result.carers.map((carer) => (
                <tr key={carer.carerId}>
                  <th scope="row">{openCase.carerName(carer.carerId)}</th>
                  <td className="num">{formatNumber(carer.hoursPerWeek)}</td>
                  <td className="num">{formatNumber(carer.capacityHoursPerWeek)}</td>
                  <td>
                    <CarerBadges intensive={carer.intensive} overloaded={carer.overloaded} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="uncovered-title" className="panel-section">
        <h4 id="uncovered-title">{t('cases.panel.uncovered')}</h4>
        {uncovered.length === 0 ? (
          <p>{t('cases.panel.noUncovered')}</p>
        ) : (
          <ul>
            {uncovered.map((c) => (
              <li key={`${c.personId}-${c.domain}`}>
                {t('cases.panel.uncoveredLine', {
                  person: openCase.personName(c.personId),
                  domain: t(`zrm.domain.${c.domain}`),
                  score: c.score,
                })}
              </li>
            ))}
          </ul>
        )}
      </section>

      <FindingSection
        titleId="transitions-title"
        title={t('cases.panel.transitions')}
        empty={t('cases.panel.noTransitions')}
        groups={transitions}
        result={result}
      />
    </>
  )
})

/** "Onderbouwing": every amount in words, with figures and sources (shared with the plan PDF). */
const AmountsExplained = observer(function AmountsExplained({ result }: { result: ScenarioResult }) {
  const { t } = useTranslation()
  const { openCase, engine } = useStores()
  const scenario = openCase.selectedScenario
  if (!scenario) return null
  const tr = (key: string, options?: Record<string, unknown>) => String(t(key, (options ?? {}) as never))
  const texts = explanationTexts(tr, explainAmounts(scenario, result), {
    person: (id) => openCase.personName(id),
    carer: (id) => openCase.carerName(id),
    provision: (id) => {
      const p = engine.provisions.find((x) => x.id === id)
      return p ? t(p.labelKey, { defaultValue: id }) : id
    },
    ...(openCase.municipality ? { tariffCitation: tariffCitationLookup(openCase.municipality.tariffs) } : {}),
  })
  return (
    <details className="amounts-explained" data-testid="amounts-explained">
      <summary>{t('explain.title')}</summary>
      <ul>
        {texts.map((text, i) => (
          <li key={i}>{text}</li>
        ))}
      </ul>
    </details>
  )
})

/** The cost per payer by year, full width under the lines: first month, every year, whole period. */
export const CostByYearCard = observer(function CostByYearCard() {
  const { t } = useTranslation()
  const { openCase } = useStores()
  const evaluation = openCase.evaluation
  if (evaluation.ok !== true) return null
  const table = shapeCostTable(evaluation.result)
  return (
    <section className="card cost-by-year" aria-labelledby="cost-by-year-title">
      <h3 id="cost-by-year-title">{t('layout.costByYear')}</h3>
      <CostTableView table={table} years={table.years} labelledBy="cost-by-year-title" testId="cost-table" />
    </section>
  )
})

function CostTableView({
  table,
  years,
  labelledBy,
  testId,
}: {
  table: CostTable
  years: string[]
  labelledBy: string
  testId: string
}) {
  const { t } = useTranslation()
  return (
    // A scrollable region must be reachable by keyboard (WCAG 2.1.1; axe scrollable-region-focusable);
    // it only scrolls for a horizon of many years on a narrow window.
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={labelledBy}>
      <table className="cost-table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('cases.columns.label')}</span>
            </th>
            <th scope="col" className="num">
              {t('cases.panel.firstMonth', {
                month: table.firstMonth ? formatYearMonth(table.firstMonth) : '—',
              })}
            </th>
            {years.map((year) => (
              <th key={year} scope="col" className="num">
                {year}
              </th>
            ))}
            <th scope="col" className="num">
              {t('cases.panel.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {table.municipal.map((row) => (
            <CostRow
              key={row.payer}
              label={t(`money.payers.${row.payer}`, { defaultValue: row.payer })}
              row={row}
              years={years}
            />
          ))}
          {table.municipalTotal && (
            <CostRow label={t('money.municipalNet')} row={table.municipalTotal} years={years} strong />
          )}
          {table.others.map((row) => (
            <CostRow
              key={row.payer}
              label={t(`money.payers.${row.payer}`, { defaultValue: row.payer })}
              row={row}
              years={years}
            />
          ))}
          {table.grossCare && <CostRow label={t('money.grossCare')} row={table.grossCare} years={years} />}
          {table.cashTotal && (
            <CostRow label={t('money.cashTotal')} row={table.cashTotal} years={years} strong />
          )}
        </tbody>
        {/* Apart from the money, in a group of its own; its row label already says what it is. */}
        {table.informal && (
          <tbody className="informal">
            <CostRow label={t('money.payers.informal')} row={table.informal} years={years} />
          </tbody>
        )}
      </table>
    </div>
  )
}

function CostRow({
  label,
  row,
  years,
  strong = false,
  testId,
}: {
  label: string
  row: Omit<PayerRow, 'payer'>
  years: string[]
  strong?: boolean
  testId?: string
}) {
  const Cell = strong ? 'strong' : 'span'
  return (
    <tr className={strong ? 'total-row' : undefined} data-testid={testId}>
      <th scope="row">{label}</th>
      <td className="num">
        <Cell>{formatCents(row.firstMonthCents)}</Cell>
      </td>
      {years.map((year) => (
        <td key={year} className="num">
          <Cell>{formatCents(row.byYear[year] ?? 0)}</Cell>
        </td>
      ))}
      <td className="num">
        <Cell>{formatCents(row.totalCents)}</Cell>
      </td>
    </tr>
  )
}

/** A titled list of findings (those that hold now, or the transitions later in the horizon). */
function FindingSection({
  titleId,
  title,
  empty,
  groups,
  result,
}: {
  titleId: string
  title: string
  empty: string
  groups: FindingGroup[]
  result: ScenarioResult
}) {
  return (
    <section aria-labelledby={titleId} className="panel-section">
      <h4 id={titleId}>{title}</h4>
      {groups.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="findings">
          {groups.map((group, index) => (
            <FindingItem
              key={`${group.finding.ruleId}-${index}`}
              finding={group.finding}
              months={group.months}
              result={result}
            />
          ))}
        </ul>
      )}
    </section>
  )
}

const FindingItem = observer(function FindingItem({
  finding,
  months,
  result,
}: {
  finding: Finding
  months: readonly string[]
  result: ScenarioResult
}) {
  const { t } = useTranslation()
  const { openCase, desktop, engine } = useStores()
  const monthsText = useMonthsText()
  const [showTrace, setShowTrace] = useState(false)
  const params = nameFindingParams(finding.params, formatFindingParams(finding.params), {
    provision: (id) => {
      const p = engine.provisions.find((x) => x.id === id)
      return p ? t(p.labelKey, { defaultValue: '' }) : ''
    },
    deliveryForm: (form) => t(`reports.deliveryForms.${form}`, { defaultValue: '' }),
  })
  // Names instead of ids where the message refers to a person or carer; domains by their name.
  if (typeof finding.params.domain === 'string')
    params.domain = t(`zrm.domain.${finding.params.domain}`, { defaultValue: '' })
  if (finding.personId) params.person = openCase.personName(finding.personId)
  if (finding.carerId && params.carer === undefined) params.carer = openCase.carerName(finding.carerId)
  // The sources behind the figures the rule used, as citations (never raw values or paths).
  const sources = [
    ...new Set(
      result.trace
        .filter((entry) => entry.ruleId === finding.ruleId)
        .flatMap((entry) => entry.parameters.map((p) => formatCitation(p.source, t))),
    ),
  ]
  const basis = finding.legalBasis
  return (
    <li className={`finding finding-${finding.severity}`} data-rule={finding.ruleId}>
      <span className={`badge sev-${finding.severity}`}>{t(`cases.panel.severity.${finding.severity}`)}</span>{' '}
      {months.length > 0 && <strong>{monthsText(months)}: </strong>}
      <span className="finding-message">
        {t(finding.messageKey, { ...params, defaultValue: t('explain.unknownFinding') })}
      </span>
      {/* A Wlz figure the finding used is a placeholder or otherwise unverified (shared/parameters/wlz.ts). */}
      {finding.params.unverified === 1 && (
        <>
          {' '}
          <span className="badge sev-warning">{t('findings.wlz.figures-unverified')}</span>
        </>
      )}
      <div className="finding-basis">
        {basis.url ? (
          <a
            href={basis.url}
            target="_blank"
            rel="noopener noreferrer"
            onClick={(event) => {
              // In the desktop app links open in the user's browser through the platform bridge.
              if (desktop.kind !== 'electron' || !basis.url) return
              event.preventDefault()
              void desktop.openExternal(basis.url)
            }}
          >
            {t('cases.panel.article', { law: basis.law, article: formatArticle(basis.article, t) })}
          </a>
        ) : (
          <span>
            {t('cases.panel.article', { law: basis.law, article: formatArticle(basis.article, t) })}
          </span>
        )}
        {!basis.verified && <span className="badge">{t('cases.panel.unverified')}</span>}{' '}
        {sources.length > 0 && (
          <button
            type="button"
            className="link-button"
            aria-expanded={showTrace}
            onClick={() => setShowTrace((s) => !s)}
          >
            {showTrace ? t('cases.panel.hideTrace') : t('cases.panel.showTrace')}
          </button>
        )}
      </div>
      {showTrace && <p className="trace">{t('explain.sources', { list: sources.join(' · ') })}</p>}
    </li>
  )
})
