import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { useStores } from '../../stores/store-context'
import {
  INCOME_DEPENDENT_EIGEN_BIJDRAGE_2027,
  INDEXED_LAWS,
  type EigenBijdrageRegime,
  type WhatIfLevers,
} from '#shared/portfolio'
import { Field } from '../common/Field'
import { useDraftForm } from '../common/useDraftForm'
import { whatIfCheck, whatIfDraftOf, type LeverField } from './what-if-draft'
import { formatCents, formatNumber } from '../../format/format'
import { HouseholdBadges } from './HouseholdBadges'

const REGIMES: readonly EigenBijdrageRegime[] = ['current', 'none', 'income-dependent-2027']

/** The portfolio what-if levers; applied to every chosen scenario at once without changing them. */
export const WhatIfPanel = observer(function WhatIfPanel() {
  const { t } = useTranslation()
  const { portfolio } = useStores()
  const form = useDraftForm({ initial: () => whatIfDraftOf(portfolio.levers), ...whatIfCheck })
  const apply = form.submit((levers: WhatIfLevers) => portfolio.applyLevers(levers))
  const reset = () => {
    void portfolio.resetLevers().then(() => form.reset(whatIfDraftOf(portfolio.levers)))
  }

  const field = (k: LeverField, label: string) => (
    <Field key={k} form={form} name={k} label={label}>
      <input {...form.text(k)} inputMode="decimal" />
    </Field>
  )

  const whatIf = portfolio.report?.whatIf ?? null
  return (
    <section className="card" aria-labelledby="whatif-title">
      <h2 id="whatif-title">{t('portfolio.whatIf.title')}</h2>
      <p className="help">{t('portfolio.whatIf.help')}</p>
      <form className="whatif-form" onSubmit={apply} noValidate>
        <div className="field-grid">
          {INDEXED_LAWS.map((law) =>
            field(law, t('portfolio.whatIf.indexation', { law: t(`portfolio.whatIf.laws.${law}`) })),
          )}
          {field('zinToPgb', t('portfolio.whatIf.zinToPgb'))}
          {field('respite', t('portfolio.whatIf.respite'))}
          {field('householdHelp', t('portfolio.whatIf.householdHelp'))}
          <Field form={form} name="regime" label={t('portfolio.whatIf.regime')} className="field-wide">
            <select {...form.text('regime')}>
              {REGIMES.map((r) => (
                <option key={r} value={r}>
                  {t(`portfolio.whatIf.regimes.${r}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        {form.draft.regime === 'income-dependent-2027' && (
          <p className="help assumption" role="note">
            <span className="badge sev-warning">{t('common.unverified')}</span>{' '}
            {t('portfolio.whatIf.regimeAssumption', { source: INCOME_DEPENDENT_EIGEN_BIJDRAGE_2027.source })}
          </p>
        )}
        {form.notSaved && (
          <p className="field-error" role="alert">
            {t('forms.notApplied')}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="primary" disabled={portfolio.computing}>
            {t('portfolio.whatIf.apply')}
          </button>
          <button type="button" onClick={reset} disabled={portfolio.computing}>
            {t('portfolio.whatIf.reset')}
          </button>
        </div>
      </form>
      <WhatIfProgress />
      {whatIf && (
        <div className="whatif-result">
          <p role="status">
            {t('portfolio.whatIf.active')} {t('portfolio.whatIf.reevaluated', { count: whatIf.reevaluated })}
          </p>
          <h3>{t('portfolio.whatIf.mostAffected')}</h3>
          {whatIf.mostAffected.length === 0 ? (
            <p>{t('portfolio.whatIf.none')}</p>
          ) : (
            <table>
              <caption className="visually-hidden">{t('portfolio.whatIf.mostAffected')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('portfolio.drill.household')}</th>
                  <th scope="col" className="num">
                    {t('portfolio.whatIf.before')}
                  </th>
                  <th scope="col" className="num">
                    {t('portfolio.whatIf.after')}
                  </th>
                  <th scope="col" className="num">
                    {t('portfolio.whatIf.delta')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {whatIf.mostAffected.map((row) => (
                  <tr key={row.id}>
                    <td>
                      <a href={`#/cases/${encodeURIComponent(row.id)}/arrangement`}>{row.label}</a>{' '}
                      <HouseholdBadges row={row} />
                    </td>
                    <td className="num">{formatCents(row.baseCents)}</td>
                    <td className="num">{formatCents(row.whatIfCents)}</td>
                    <td className="num">{formatCents(row.deltaCents)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  )
})

/** The households a what-if evaluates again (or the cases it loads first), with a stop. */
const WhatIfProgress = observer(function WhatIfProgress() {
  const { t } = useTranslation()
  const { portfolio } = useStores()
  const progress = portfolio.whatIfProgress
  const cases = portfolio.caseLoadProgress
  if (!progress && !cases) return null
  return (
    <div className="notice notice-info whatif-progress">
      <span role="status">
        {progress
          ? t('portfolio.whatIf.progress', {
              done: formatNumber(progress.done),
              total: formatNumber(progress.total),
            })
          : t('portfolio.stale.loadingCases', {
              done: formatNumber(cases?.done ?? 0),
              total: formatNumber(cases?.total ?? 0),
            })}
      </span>{' '}
      {progress && <progress max={Math.max(progress.total, 1)} value={progress.done} aria-hidden="true" />}{' '}
      <button type="button" onClick={() => portfolio.cancelWhatIf()}>
        {t('portfolio.whatIf.stop')}
      </button>
    </div>
  )
})
