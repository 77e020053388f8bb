import { useId, useState } from 'react'
import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import './decision.css'
import { useStores } from '../../stores/store-context'
import {
  MAX_COMPARED,
  MIN_COMPARED,
  type ComparisonRow,
  type ScenarioSummary,
} from '#shared/decision/comparison'
import type { Scenario, ScenarioResult } from '#shared/domain/types'
import { formatCents, formatNumber } from '../../format/format'
import { ChooseControl, FindingWithDeviation } from './DecisionControls'
import { useMonthsText } from '../common/use-months-text'
import { messageText } from '../common/message-text'
import { TechnicalDetail } from '../common/TechnicalDetail'
import { CarerLoadChart, CumulativeChart, StackedCostChart } from './CompareCharts'
import { DoNothingPanel } from './DoNothingPanel'
import { useLabels } from './use-labels'

function signed(cents: number): string {
  return cents > 0 ? `+${formatCents(cents)}` : formatCents(cents)
}

/** Two to five scenarios side by side: cost per payer and year with deltas, findings, carers, charts. */
export const CompareTab = observer(function CompareTab() {
  const { t } = useTranslation()
  const { comparison: compare, openCase } = useStores()
  const [period, setPeriod] = useState('total')
  const periodId = useId()
  const comparison = compare.comparison
  const scenarios = compare.scenarios
  if (scenarios.length < MIN_COMPARED) {
    return (
      <section aria-labelledby="compare-tab-title">
        <h2 id="compare-tab-title">{t('decision.compare.title')}</h2>
        <div className="card empty-tab" data-testid="compare-empty">
          <p className="empty-state">
            {t(scenarios.length === 0 ? 'emptyTabs.compare' : 'emptyTabs.compareOne')}
          </p>
          <Link to="../arrangement">{t('emptyTabs.toArrangement')}</Link>
        </div>
      </section>
    )
  }
  const compared = compare.comparedIds
  const table = comparison?.tables.find((x) => x.period === period) ?? comparison?.tables[0]
  return (
    <section aria-labelledby="compare-tab-title" className="decision-tab">
      <h2 id="compare-tab-title">{t('decision.compare.title')}</h2>
      <p className="help">{t('decision.compare.intro')}</p>

      <fieldset className="decision-pick">
        <legend>{t('decision.compare.pick')}</legend>
        {scenarios.map((s) => (
          <label key={s.id} className="checkbox">
            <input
              type="checkbox"
              checked={compared.includes(s.id)}
              disabled={!compared.includes(s.id) && compared.length >= MAX_COMPARED}
              onChange={() => compare.toggleCompared(s.id)}
            />{' '}
            {s.name}
          </label>
        ))}
        <p className="help">{t('decision.compare.pickHint', { max: MAX_COMPARED })}</p>
      </fieldset>

      {comparison?.errors.map((e) => (
        <div key={e.scenarioId} role="alert">
          <p className="field-error">
            {e.name}: {t('decision.engineError', { message: messageText(e.message, t) })}
          </p>
          <TechnicalDetail message={e.message} />
        </div>
      ))}
      {compared.length < MIN_COMPARED || !comparison || !table ? (
        <p role="status">{t('decision.compare.needTwo')}</p>
      ) : (
        <>
          <div className="button-row">
            <label htmlFor={periodId}>{t('decision.compare.period')}</label>
            <select id={periodId} value={table.period} onChange={(e) => setPeriod(e.target.value)}>
              {comparison.tables.map((x) => (
                <option key={x.period} value={x.period}>
                  {x.period === 'total' ? t('decision.compare.wholeHorizon') : x.period}
                </option>
              ))}
            </select>
          </div>
          <div
            className="table-scroll"
            tabIndex={0}
            role="region"
            aria-label={t('decision.compare.tableCaption', {
              period: table.period === 'total' ? t('decision.compare.wholeHorizon') : table.period,
            })}
          >
            <table className="decision-compare-table" data-testid="compare-table">
              <caption>
                {t('decision.compare.tableCaption', {
                  period: table.period === 'total' ? t('decision.compare.wholeHorizon') : table.period,
                })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('decision.compare.payer')}</th>
                  {comparison.scenarios.map((s, i) => (
                    <th key={s.id} scope="col" className="num">
                      {s.name}
                      {i === 0 && <span className="muted"> ({t('decision.compare.baseline')})</span>}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <CompareRow key={row.key} row={row} />
                ))}
              </tbody>
            </table>
          </div>

          <h3>{t('decision.compare.perScenario')}</h3>
          <div className="decision-cards">
            {comparison.summaries.map((summary, i) => {
              const scenario = comparison.scenarios[i]
              const result = comparison.results[i]
              return scenario && result ? (
                <ScenarioCard
                  key={summary.scenarioId}
                  summary={summary}
                  scenario={scenario}
                  result={result}
                />
              ) : null
            })}
          </div>

          <DoNothingPanel
            comparison={comparison.summaries.map((s) => ({ name: s.name, municipalCents: s.municipalCents }))}
          />

          <section aria-labelledby="charts-title" className="decision-charts">
            <h3 id="charts-title">{t('decision.compare.chartsTitle')}</h3>
            <StackedCostChart rows={comparison.stacked} />
            <CumulativeChart rows={comparison.cumulative} scenarios={comparison.scenarios} />
            {openCase.household && (
              <CarerLoadChart
                household={openCase.household}
                scenarios={comparison.scenarios}
                loads={comparison.carerLoads}
              />
            )}
          </section>
        </>
      )}
    </section>
  )
})

/** Subtotal rows name which money figure they are (money-figures.ts); payer rows use the payer label. */
const ROW_LABEL: Partial<Record<ComparisonRow['key'], string>> = {
  'municipal-total': 'money.municipalNet',
  'gross-care': 'money.grossCare',
  'cash-total': 'money.cashTotal',
  informal: 'money.payers.informal',
}

function CompareRow({ row }: { row: ComparisonRow }) {
  const { t } = useTranslation()
  const Cell = row.kind === 'subtotal' ? 'strong' : 'span'
  return (
    <tr className={`row-${row.kind}`}>
      <th scope="row">{t(ROW_LABEL[row.key] ?? `money.payers.${row.key}`, { defaultValue: row.key })}</th>
      {row.values.map((value, i) => (
        <td key={i} className="num">
          <Cell>{formatCents(value)}</Cell>
          {i > 0 && (
            <div
              className={`delta ${(row.deltas[i] ?? 0) > 0 ? 'delta-up' : (row.deltas[i] ?? 0) < 0 ? 'delta-down' : ''}`}
            >
              <span className="visually-hidden">
                {t('decision.compare.delta', { amount: signed(row.deltas[i] ?? 0) })}
              </span>
              <span aria-hidden="true">Δ {signed(row.deltas[i] ?? 0)}</span>
            </div>
          )}
        </td>
      ))}
    </tr>
  )
}

/** Blocking findings or warnings of one scenario, each with its recorded deviation (or the way to record one). */
function FindingList({
  groups,
  scenario,
  result,
}: {
  groups: ScenarioSummary['blocking']
  scenario: Scenario
  result: ScenarioResult
}) {
  const { t } = useTranslation()
  if (groups.length === 0) return <p>{t('decision.compare.none')}</p>
  return (
    <ul className="findings">
      {groups.map(({ finding, months }, i) => (
        <FindingWithDeviation
          key={`${finding.ruleId}-${i}`}
          scenario={scenario}
          finding={finding}
          months={months}
          result={result}
        />
      ))}
    </ul>
  )
}

const ScenarioCard = observer(function ScenarioCard({
  summary,
  scenario,
  result,
}: {
  summary: ScenarioSummary
  scenario: Scenario
  result: ScenarioResult
}) {
  const { t } = useTranslation()
  const labels = useLabels()
  const monthsText = useMonthsText()
  return (
    <article
      className="card decision-card"
      aria-labelledby={`card-${summary.scenarioId}`}
      data-testid="scenario-card"
    >
      <h4 id={`card-${summary.scenarioId}`}>{summary.name}</h4>
      <p>
        {t('money.municipalNetPerMonth')}:{' '}
        <strong data-testid="compare-per-month">{formatCents(summary.municipalPerMonthCents)}</strong>
      </p>
      <p className="informal">
        {t('decision.compare.informalHours', { hours: formatNumber(summary.informalHoursPerWeek) })}
      </p>
      <ChooseControl scenario={scenario} />

      <h5>{t('decision.compare.blocking')}</h5>
      <FindingList groups={summary.blocking} scenario={scenario} result={result} />
      <h5>{t('decision.compare.warnings')}</h5>
      <FindingList groups={summary.warnings} scenario={scenario} result={result} />
      <h5>{t('decision.compare.carers')}</h5>
      {summary.carers.length === 0 ? (
        <p>{t('decision.compare.none')}</p>
      ) : (
        <ul>
          {summary.carers.map((c) => (
            <li key={c.carerId}>
              {t('decision.compare.carerLine', {
                name: c.name,
                hours: formatNumber(c.hoursPerWeek),
                capacity: formatNumber(c.capacityHoursPerWeek),
              })}{' '}
              {c.intensive && <span className="badge sev-warning">{t('cases.network.intensive')}</span>}{' '}
              {c.overloaded && <span className="badge sev-blocking">{t('cases.network.overloaded')}</span>}
            </li>
          ))}
        </ul>
      )}
      <h5>{t('decision.compare.respite')}</h5>
      <p>
        {summary.respiteLineCount > 0
          ? t('decision.compare.respiteLines', { count: summary.respiteLineCount })
          : t('decision.compare.noRespite')}
      </p>
      <h5>{t('decision.compare.uncovered')}</h5>
      {summary.uncovered.length === 0 ? (
        <p>{t('decision.compare.none')}</p>
      ) : (
        <ul>
          {summary.uncovered.map((u) => (
            <li key={`${u.personId}-${u.domain}`}>
              {t('decision.compare.uncoveredLine', {
                person: u.personName,
                domain: labels.domain(u.domain),
                score: u.score,
              })}
            </li>
          ))}
        </ul>
      )}
      <h5>{t('decision.compare.transitions')}</h5>
      {summary.transitions.length === 0 ? (
        <p>{t('decision.compare.none')}</p>
      ) : (
        <ul>
          {summary.transitions.map((tr, i) => (
            <li key={`${tr.ruleId}-${i}`}>
              {t('decision.compare.transitionLine', {
                month: monthsText(tr.months),
                rule: labels.finding(tr.finding),
              })}
            </li>
          ))}
        </ul>
      )}
      <p className="muted">{t('decision.compare.deviations', { count: summary.deviationCount })}</p>
    </article>
  )
})
