import { useState } from 'react'
import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { useStores } from '../../stores/store-context'
import {
  INCOME_DEPENDENT_EIGEN_BIJDRAGE_2027,
  INDEXED_LAWS,
  type EigenBijdrageRegime,
  type WhatIfLevers,
} from '../../../../shared/portfolio'
import { formatCents, formatNumber } from '../../format/format'
import { HouseholdBadges } from './HouseholdBadges'

const REGIMES: readonly EigenBijdrageRegime[] = ['current', 'none', 'income-dependent-2027']

type NumberField = 'wmo' | 'jeugdwet' | 'participatiewet' | 'zinToPgb' | 'respite' | 'householdHelp'
const BOUNDS: Record<NumberField, [number, number]> = {
  wmo: [-50, 100],
  jeugdwet: [-50, 100],
  participatiewet: [-50, 100],
  zinToPgb: [0, 100],
  respite: [0, 15],
  householdHelp: [-100, 100],
}

function toDraft(levers: WhatIfLevers): Record<NumberField, string> {
  return {
    wmo: String(levers.indexationPercentByLaw.wmo),
    jeugdwet: String(levers.indexationPercentByLaw.jeugdwet),
    participatiewet: String(levers.indexationPercentByLaw.participatiewet),
    zinToPgb: String(levers.zinToPgbPercent),
    respite: String(levers.respiteEtmaalPerMonth),
    householdHelp: String(levers.householdHelpPercentChange),
  }
}

function parseNumber(text: string): number | null {
  const n = Number(text.trim().replace(',', '.'))
  return text.trim() !== '' && Number.isFinite(n) ? n : null
}

/** The portfolio what-if levers; applied to every chosen scenario at once without changing them. */
export const WhatIfPanel = observer(function WhatIfPanel() {
  const { t } = useTranslation()
  const { portfolio } = useStores()
  const [draft, setDraft] = useState(() => toDraft(portfolio.levers))
  const [regime, setRegime] = useState<EigenBijdrageRegime>(portfolio.levers.eigenBijdrageRegime)
  const errors = Object.fromEntries(
    (Object.keys(BOUNDS) as NumberField[]).map((k) => {
      const v = parseNumber(draft[k])
      const [min, max] = BOUNDS[k]
      return [k, v === null || v < min || v > max ? t('portfolio.whatIf.invalid', { min, max }) : null]
    }),
  ) as Record<NumberField, string | null>
  const valid = Object.values(errors).every((e) => e === null)

  const apply = () => {
    if (!valid) return
    const n = (k: NumberField) => parseNumber(draft[k]) ?? 0
    void portfolio.applyLevers({
      indexationPercentByLaw: {
        wmo: n('wmo'),
        jeugdwet: n('jeugdwet'),
        participatiewet: n('participatiewet'),
      },
      eigenBijdrageRegime: regime,
      zinToPgbPercent: n('zinToPgb'),
      respiteEtmaalPerMonth: n('respite'),
      householdHelpPercentChange: n('householdHelp'),
    })
  }
  const reset = () => {
    void portfolio.resetLevers().then(() => {
      setDraft(toDraft(portfolio.levers))
      setRegime('current')
    })
  }

  const field = (k: NumberField, label: string) => (
    <div className="field" key={k}>
      <label htmlFor={`whatif-${k}`}>{label}</label>
      <input
        id={`whatif-${k}`}
        inputMode="decimal"
        value={draft[k]}
        aria-invalid={errors[k] ? 'true' : 'false'}
        aria-describedby={errors[k] ? `whatif-${k}-error` : undefined}
        onChange={(e) => setDraft({ ...draft, [k]: e.target.value })}
      />
      {errors[k] && (
        <span id={`whatif-${k}-error`} className="field-error">
          {errors[k]}
        </span>
      )}
    </div>
  )

  const whatIf = portfolio.report?.whatIf ?? null
  return (
    <section className="card" aria-labelledby="whatif-title">
      <h2 id="whatif-title">{t('portfolio.whatIf.title')}</h2>
      <p className="help">{t('portfolio.whatIf.help')}</p>
      <form
        className="whatif-form"
        onSubmit={(e) => {
          e.preventDefault()
          apply()
        }}
      >
        <div className="field-grid">
          {INDEXED_LAWS.map((law) =>
            field(law, t('portfolio.whatIf.indexation', { law: t(`portfolio.whatIf.laws.${law}`) })),
          )}
          {field('zinToPgb', t('portfolio.whatIf.zinToPgb'))}
          {field('respite', t('portfolio.whatIf.respite'))}
          {field('householdHelp', t('portfolio.whatIf.householdHelp'))}
          <div className="field">
            <label htmlFor="whatif-regime">{t('portfolio.whatIf.regime')}</label>
            <select
              id="whatif-regime"
              value={regime}
              onChange={(e) => setRegime(e.target.value as EigenBijdrageRegime)}
            >
              {REGIMES.map((r) => (
                <option key={r} value={r}>
                  {t(`portfolio.whatIf.regimes.${r}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        {regime === 'income-dependent-2027' && (
          <p className="help assumption" role="note">
            <span className="badge sev-warning">{t('common.unverified')}</span>{' '}
            {t('portfolio.whatIf.regimeAssumption', { source: INCOME_DEPENDENT_EIGEN_BIJDRAGE_2027.source })}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="primary" disabled={!valid || portfolio.computing}>
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
