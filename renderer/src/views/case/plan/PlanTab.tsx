import { useId, useState } from 'react'
import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router-dom'
import { useStores } from '../../../stores/store-context'
import { LANGUAGES, type Language } from '../../../i18n'
import { StatusLine } from '../../common/StatusLine'
import { formatYearMonth } from '../../../format/format'
import { monthRanges } from '../../../reports/birth-year-figures'

/** The Plan tab of an open case: the plan PDF, the comparison spreadsheet, inzage and erasure. */
export const PlanTab = observer(function PlanTab() {
  const { t } = useTranslation()
  const { reports, openCase } = useStores()
  const ids = { scenario: useId(), language: useId(), pseudo: useId(), pseudoHelp: useId() }
  const scenarios = openCase.scenarios
  const planScenario = reports.planScenario

  if (!openCase.household) {
    return <p role="status">{t('reports.ui.notLoaded')}</p>
  }

  return (
    <div className="plan-tab">
      <section aria-labelledby="plan-tab-title" className="card">
        <h2 id="plan-tab-title">{t('reports.ui.planTitle')}</h2>
        <p className="help">{t('reports.ui.planIntro')}</p>
        {scenarios.length === 0 ? (
          <div className="empty-tab" data-testid="plan-empty">
            <p className="empty-state">{t('emptyTabs.plan')}</p>
            <Link to="../arrangement">{t('emptyTabs.toArrangement')}</Link>
          </div>
        ) : (
          <>
            <div className="inline-form">
              <label htmlFor={ids.scenario}>{t('reports.ui.scenario')}</label>
              <select
                id={ids.scenario}
                value={planScenario?.id ?? ''}
                onChange={(event) => reports.setPlanScenario(event.target.value)}
              >
                {scenarios.map((scenario) => (
                  <option key={scenario.id} value={scenario.id}>
                    {scenario.name}
                    {scenario.chosen ? ` ${t('reports.ui.chosenSuffix')}` : ''}
                  </option>
                ))}
              </select>
              <label htmlFor={ids.language}>{t('reports.ui.language')}</label>
              <select
                id={ids.language}
                value={reports.planLanguage}
                onChange={(event) => reports.setPlanLanguage(event.target.value as Language)}
              >
                {LANGUAGES.map((language) => (
                  <option key={language} value={language}>
                    {t(`settings.languages.${language}`)}
                  </option>
                ))}
              </select>
            </div>
            <p>
              <input
                id={ids.pseudo}
                type="checkbox"
                checked={reports.pseudonymise}
                aria-describedby={ids.pseudoHelp}
                onChange={(event) => reports.setPseudonymise(event.target.checked)}
              />{' '}
              <label htmlFor={ids.pseudo}>{t('reports.ui.pseudonymise')}</label>
              <br />
              <span id={ids.pseudoHelp} className="help">
                {t('reports.ui.pseudonymiseHelp')}
              </span>
            </p>
            <BirthYearDifferences />
            <div className="button-row">
              <button
                type="button"
                className="primary"
                disabled={reports.busy}
                onClick={() => void reports.exportPlan()}
              >
                {t('reports.ui.makePlan')}
              </button>
              <button
                type="button"
                disabled={reports.busy}
                onClick={() => void reports.exportComparison('xlsx')}
              >
                {t('reports.ui.exportComparison')}: {t('reports.ui.xlsx')}
              </button>
              <button
                type="button"
                disabled={reports.busy}
                onClick={() => void reports.exportComparison('csv')}
              >
                {t('reports.ui.exportComparison')}: {t('reports.ui.csv')}
              </button>
            </div>
            {reports.busy ? <p role="status">{t('reports.ui.working')}</p> : null}
          </>
        )}
        <StatusLine status={reports.status} />
      </section>
      <ResidentAccess householdId={openCase.household.id} />
    </div>
  )
})

/**
 * Which of the pseudonymised exports' figures differ from the screen (they compute on birth years):
 * named here exactly, where the consultant sees the real case anyway; the file itself only marks the
 * scenarios (reports/birth-year-figures.ts).
 */
const BirthYearDifferences = observer(function BirthYearDifferences() {
  const { t, i18n } = useTranslation()
  const { reports, openCase } = useStores()
  const differences = reports.pseudonymisedDifferences
  if (differences.length === 0) return null
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' })
  const nameOf = (id: string) => openCase.scenarios.find((s) => s.id === id)?.name ?? id
  return (
    <div className="notice-info birth-year-differences" role="note" data-testid="birth-year-differences">
      <p>
        <strong>{t('oneTruth.birthYear.title')}</strong>
      </p>
      <p>{t('oneTruth.birthYear.intro')}</p>
      <ul>
        {differences.map((difference) => {
          const months = monthRanges(difference.months).map(({ from, to }) =>
            from === to
              ? formatYearMonth(from)
              : t('oneTruth.birthYear.monthRange', { from: formatYearMonth(from), to: formatYearMonth(to) }),
          )
          const figures = [
            ...(months.length > 0
              ? [
                  t('oneTruth.birthYear.months', {
                    count: difference.months.length,
                    months: list.format(months),
                  }),
                ]
              : []),
            ...(difference.years.length > 0
              ? [
                  t('oneTruth.birthYear.years', {
                    count: difference.years.length,
                    years: list.format(difference.years),
                  }),
                ]
              : []),
            ...(difference.total ? [t('oneTruth.birthYear.total')] : []),
          ]
          return (
            <li key={difference.scenarioId}>
              {t('oneTruth.birthYear.scenario', {
                scenario: nameOf(difference.scenarioId),
                figures: list.format(figures),
              })}
            </li>
          )
        })}
      </ul>
      <p className="help">{t('oneTruth.birthYear.fileSays')}</p>
    </div>
  )
})

/** Inzage (GDPR art. 15) and erasure (art. 17) of the open household. */
const ResidentAccess = observer(function ResidentAccess({ householdId }: { householdId: string }) {
  const { t } = useTranslation()
  const { reports, startup } = useStores()
  const navigate = useNavigate()
  const [confirmText, setConfirmText] = useState('')
  const confirmId = useId()
  const word = t('reports.ui.eraseWord')
  return (
    <section aria-labelledby="resident-access-title" className="card">
      <h2 id="resident-access-title">{t('reports.ui.residentTitle')}</h2>
      <p className="help">{t('reports.ui.residentIntro')}</p>
      <div className="button-row">
        <button
          type="button"
          disabled={reports.busy}
          onClick={() => void reports.exportResidentAccess(householdId, 'pdf')}
        >
          {t('reports.ui.residentPdf')}
        </button>
        <button
          type="button"
          disabled={reports.busy}
          onClick={() => void reports.exportResidentAccess(householdId, 'json')}
        >
          {t('reports.ui.residentJson')}
        </button>
      </div>
      <h3>{t('reports.ui.eraseTitle')}</h3>
      <p className="help">{t('reports.ui.eraseIntro')}</p>
      <div className="inline-form">
        <label htmlFor={confirmId}>{t('reports.ui.eraseConfirmLabel')}</label>
        <input
          id={confirmId}
          value={confirmText}
          autoComplete="off"
          onChange={(event) => setConfirmText(event.target.value)}
        />
        <button
          type="button"
          className="danger"
          disabled={reports.busy || startup.readOnly || confirmText.trim() !== word}
          onClick={() => {
            void reports.eraseHousehold(householdId).then((erased) => {
              if (erased) navigate('/cases')
            })
          }}
        >
          {t('reports.ui.eraseButton')}
        </button>
      </div>
    </section>
  )
})
