import { useEffect, useState } from 'react'
import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import type { BudgetLine, MunicipalityConfig } from '../../../../shared/domain/types'
import { BUDGET_LINES } from '../../../../shared/portfolio'
import { formatCentsDecimalComma, parseEuroText } from '../../../../shared/domain/money'
import { useStores } from '../../stores/store-context'
import { formatDate } from '../../format/format'
import './portfolio.css'

function euroInput(cents: number): string {
  return formatCentsDecimalComma(cents)
}

/** A budget as entered: whole euros, grouped the Dutch way ("14.500.000"). */
function wholeEuroInput(cents: number): string {
  return Number.isInteger(cents / 100)
    ? new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 }).format(cents / 100)
    : euroInput(cents)
}

/** Whole euros ("14.500.000", "14500000", "14 500 000" or with ",00") to cents; NaN otherwise. */
export function parseWholeEuros(text: string): number {
  const s = text
    .trim()
    .replace(/^€\s*/, '')
    .replace(/[\s\u00a0]/g, '')
  const m = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,00?)?$/.exec(s)
  return m ? Number((m[1] ?? '').replace(/\./g, '')) * 100 : Number.NaN
}

function parseNumber(text: string): number | null {
  const n = Number(text.trim().replace(',', '.'))
  return text.trim() !== '' && Number.isFinite(n) ? n : null
}

type Draft = {
  name: string
  code: string
  indexation: string
  pgbNetwork: string[]
  gebruikelijkeHulp: string[]
  minimaThreshold: string[]
  minimaAmount: string[]
  budgets: Record<string, string> // `${year}:${line}`
  years: number[]
}

function toDraft(p: MunicipalityConfig): Draft {
  const years = [...new Set(p.budgets.map((b) => b.year))].sort((a, b) => a - b)
  const budgets: Record<string, string> = {}
  for (const b of p.budgets) budgets[`${b.year}:${b.line}`] = wholeEuroInput(b.cents)
  return {
    name: p.name,
    code: p.code,
    indexation: String(p.indexationPercentPerYear).replace('.', ','),
    pgbNetwork: p.pgbNetworkHourRate.map((d) => euroInput(d.value)),
    gebruikelijkeHulp: p.gebruikelijkeHulpHoursPerWeek.map((d) => String(d.value).replace('.', ',')),
    minimaThreshold: (p.minimaPolicy ?? []).map((d) => String(d.value.incomeThresholdPercent)),
    minimaAmount: (p.minimaPolicy ?? []).map((d) => euroInput(d.value.eigenBijdrageCents)),
    budgets,
    years,
  }
}

/** Builds the profile from the draft; null values where the text is not a number (refused on save). */
function fromDraft(p: MunicipalityConfig, d: Draft): MunicipalityConfig {
  const cents = (s: string) => parseEuroText(s) ?? Number.NaN
  const num = (s: string) => parseNumber(s) ?? Number.NaN
  const budgets: MunicipalityConfig['budgets'] = []
  for (const year of d.years)
    for (const line of BUDGET_LINES) {
      const text = d.budgets[`${year}:${line}`] ?? ''
      if (text.trim() !== '') budgets.push({ year, line, cents: parseWholeEuros(text) })
    }
  return {
    ...p,
    name: d.name.trim(),
    code: d.code.trim(),
    indexationPercentPerYear: num(d.indexation),
    pgbNetworkHourRate: p.pgbNetworkHourRate.map((e, i) => ({ ...e, value: cents(d.pgbNetwork[i] ?? '') })),
    gebruikelijkeHulpHoursPerWeek: p.gebruikelijkeHulpHoursPerWeek.map((e, i) => ({
      ...e,
      value: num(d.gebruikelijkeHulp[i] ?? ''),
    })),
    ...(p.minimaPolicy
      ? {
          minimaPolicy: p.minimaPolicy.map((e, i) => ({
            ...e,
            value: {
              incomeThresholdPercent: num(d.minimaThreshold[i] ?? ''),
              eigenBijdrageCents: cents(d.minimaAmount[i] ?? ''),
            },
          })),
        }
      : {}),
    budgets,
  }
}

/** Instellingen → Gemeenteprofiel: local parameters and budgets per budget line and year. */
export const MunicipalitySettings = observer(function MunicipalitySettings() {
  const { t } = useTranslation()
  const { municipality } = useStores()
  const [draft, setDraft] = useState<Draft | null>(null)
  useEffect(() => {
    void municipality.load()
  }, [municipality])
  const profile = municipality.profile
  useEffect(() => {
    if (profile) setDraft(toDraft(profile))
  }, [profile])

  if (!profile || !draft) {
    return (
      <section aria-labelledby="municipality-settings-title" className="card">
        <h2 id="municipality-settings-title">{t('settings.municipality')}</h2>
        <p>{t('common.loading')}</p>
      </section>
    )
  }
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch })
  const setAt = (
    key: 'pgbNetwork' | 'gebruikelijkeHulp' | 'minimaThreshold' | 'minimaAmount',
    i: number,
    value: string,
  ) => {
    const next = [...draft[key]]
    next[i] = value
    set({ [key]: next })
  }
  const sourceNote = (d: { from: string; source: string; verified?: boolean }) => (
    <span className="help">
      {t('portfolio.profile.from')} {formatDate(d.from)} · {t('portfolio.profile.source')}: {d.source}
      {d.verified === false && (
        <>
          {' '}
          <span className="badge sev-warning">{t('portfolio.profile.unverified')}</span>
        </>
      )}
    </span>
  )
  const problems = municipality.problems

  return (
    <section aria-labelledby="municipality-settings-title" className="card municipality-settings">
      <h2 id="municipality-settings-title">{t('settings.municipality')}</h2>
      <p className="help">{t('portfolio.profile.intro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void municipality.save(fromDraft(profile, draft))
        }}
      >
        <div className="field-grid">
          <div className="field">
            <label htmlFor="profile-name">{t('portfolio.profile.name')}</label>
            <input id="profile-name" value={draft.name} onChange={(e) => set({ name: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor="profile-code">{t('portfolio.profile.code')}</label>
            <input id="profile-code" value={draft.code} onChange={(e) => set({ code: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor="profile-indexation">{t('portfolio.profile.indexation')}</label>
            <input
              id="profile-indexation"
              inputMode="decimal"
              value={draft.indexation}
              onChange={(e) => set({ indexation: e.target.value })}
            />
          </div>
        </div>
        <h3>{t('portfolio.profile.parameters')}</h3>
        <fieldset>
          <legend>{t('portfolio.profile.pgbNetwork')}</legend>
          {profile.pgbNetworkHourRate.map((d, i) => (
            <div className="field" key={d.from}>
              <label htmlFor={`profile-pgb-${i}`}>
                {t('portfolio.profile.pgbNetwork')} — {formatDate(d.from)}
              </label>
              <input
                id={`profile-pgb-${i}`}
                inputMode="decimal"
                value={draft.pgbNetwork[i] ?? ''}
                onChange={(e) => setAt('pgbNetwork', i, e.target.value)}
              />
              {sourceNote(d)}
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('portfolio.profile.gebruikelijkeHulp')}</legend>
          {profile.gebruikelijkeHulpHoursPerWeek.map((d, i) => (
            <div className="field" key={d.from}>
              <label htmlFor={`profile-gh-${i}`}>
                {t('portfolio.profile.gebruikelijkeHulp')} — {formatDate(d.from)}
              </label>
              <input
                id={`profile-gh-${i}`}
                inputMode="decimal"
                value={draft.gebruikelijkeHulp[i] ?? ''}
                onChange={(e) => setAt('gebruikelijkeHulp', i, e.target.value)}
              />
              {sourceNote(d)}
            </div>
          ))}
        </fieldset>
        {profile.minimaPolicy && (
          <fieldset>
            <legend>{t('portfolio.profile.minima')}</legend>
            {profile.minimaPolicy.map((d, i) => (
              <div className="field-grid" key={d.from}>
                <div className="field">
                  <label htmlFor={`profile-minima-threshold-${i}`}>
                    {t('portfolio.profile.minimaThreshold')} — {formatDate(d.from)}
                  </label>
                  <input
                    id={`profile-minima-threshold-${i}`}
                    inputMode="decimal"
                    value={draft.minimaThreshold[i] ?? ''}
                    onChange={(e) => setAt('minimaThreshold', i, e.target.value)}
                  />
                </div>
                <div className="field">
                  <label htmlFor={`profile-minima-amount-${i}`}>{t('portfolio.profile.minimaAmount')}</label>
                  <input
                    id={`profile-minima-amount-${i}`}
                    inputMode="decimal"
                    value={draft.minimaAmount[i] ?? ''}
                    onChange={(e) => setAt('minimaAmount', i, e.target.value)}
                  />
                </div>
                {sourceNote(d)}
              </div>
            ))}
          </fieldset>
        )}
        <h3>{t('portfolio.profile.budgets')}</h3>
        <table className="budget-grid">
          <caption className="visually-hidden">{t('portfolio.profile.budgetsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('portfolio.year')}</th>
              {BUDGET_LINES.map((l) => (
                <th scope="col" key={l}>
                  {t(`portfolio.lines.${l}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {draft.years.map((year) => (
              <tr key={year}>
                <th scope="row">{year}</th>
                {BUDGET_LINES.map((line: BudgetLine) => (
                  <td key={line}>
                    <input
                      aria-label={`${t(`portfolio.lines.${line}`)} ${year}`}
                      inputMode="numeric"
                      value={draft.budgets[`${year}:${line}`] ?? ''}
                      onChange={(e) =>
                        set({ budgets: { ...draft.budgets, [`${year}:${line}`]: e.target.value } })
                      }
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <button
          type="button"
          onClick={() => {
            const last = draft.years[draft.years.length - 1] ?? new Date().getFullYear() - 1
            set({ years: [...draft.years, last + 1] })
          }}
        >
          {t('portfolio.profile.addYear')}
        </button>
        {problems.length > 0 && (
          <div role="alert" className="notice notice-error">
            <p>{t('portfolio.profile.problemsTitle')}</p>
            <ul>
              {[...new Set(problems.map((p) => p.key))].map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="button-row">
          <button type="submit" className="primary" disabled={municipality.saving}>
            {t('portfolio.profile.save')}
          </button>
          <button type="button" onClick={() => setDraft(toDraft(profile))}>
            {t('portfolio.profile.reset')}
          </button>
        </div>
      </form>
    </section>
  )
})
