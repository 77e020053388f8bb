import { useEffect, useState } from 'react'
import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import type { BudgetLine, Dated, MunicipalityConfig } from '#shared/domain/types'
import { BUDGET_LINES } from '#shared/portfolio'
import { useStores } from '../../stores/store-context'
import { formatDate } from '../../format/format'
import { localToday } from '../../format/today'
import { citationLabels, formatCitation, formatSourceCitation } from '../../format/citation'
import { DEFAULT_MUNICIPALITY } from '#shared/municipality/voorbeeldgemeente'
import { Field } from '../common/Field'
import { FieldMessage } from '../common/FieldMessage'
import { messageText } from '../common/message-text'
import { useDraftForm } from '../common/useDraftForm'
import {
  budgetField,
  budgetYearsOf,
  profileCheck,
  profileDraftOf,
  withCitation,
  type ProfileDraft,
} from './profile-draft'
import './portfolio.css'

/** Instellingen → Gemeenteprofiel: local parameters and budgets per budget line and year. */
export const MunicipalitySettings = observer(function MunicipalitySettings() {
  const { t } = useTranslation()
  const { municipality } = useStores()
  useEffect(() => {
    void municipality.load()
  }, [municipality])
  const profile = municipality.profile
  if (!profile) {
    return (
      <section aria-labelledby="municipality-settings-title" className="card">
        <h2 id="municipality-settings-title">{t('settings.municipality')}</h2>
        <p>{t('common.loading')}</p>
      </section>
    )
  }
  return <ProfileForm profile={profile} />
})

const ProfileForm = observer(function ProfileForm({ profile }: { profile: MunicipalityConfig }) {
  const { t } = useTranslation()
  const { municipality } = useStores()
  const [years, setYears] = useState(() => budgetYearsOf(profile))
  const form = useDraftForm({
    initial: () => profileDraftOf(profile),
    ...profileCheck(profile, years, localToday()),
  })
  // A saved or reloaded profile replaces the draft.
  const [seen, setSeen] = useState(profile)
  if (profile !== seen) {
    setSeen(profile)
    setYears(budgetYearsOf(profile))
    form.reset(profileDraftOf(profile))
  }
  const sourceNote = (d: Dated<unknown>, defaults: readonly Dated<unknown>[] | undefined) => {
    const entry = withCitation(d, defaults)
    return (
      <span className="source-note" data-testid="profile-source">
        {t('citation.validFrom', { date: formatDate(entry.from) })} ·{' '}
        {t('citation.source', {
          citation: entry.citation
            ? formatSourceCitation(entry.citation, t)
            : formatCitation(entry.source, t),
        })}
        {citationLabels(entry).map((label) => (
          <span key={label}>
            {' '}
            <span className={`badge ${label === 'unverified' ? 'sev-warning' : 'sev-info'}`}>
              {t(`citation.labels.${label}`)}
            </span>
          </span>
        ))}
      </span>
    )
  }
  const problems = municipality.problems

  return (
    <section aria-labelledby="municipality-settings-title" className="card municipality-settings">
      <h2 id="municipality-settings-title">{t('settings.municipality')}</h2>
      <p className="help">{t('portfolio.profile.intro')}</p>
      <form onSubmit={form.submit((next: MunicipalityConfig) => municipality.save(next))} noValidate>
        <div className="field-grid">
          <Field form={form} name="name" label={t('portfolio.profile.name')}>
            <input {...form.text('name')} />
          </Field>
          <Field form={form} name="code" label={t('portfolio.profile.code')}>
            <input {...form.text('code')} />
          </Field>
          <Field form={form} name="indexation" label={t('portfolio.profile.indexation')}>
            <input {...form.text('indexation')} inputMode="decimal" />
          </Field>
        </div>
        <h3>{t('portfolio.profile.parameters')}</h3>
        <fieldset>
          <legend>{t('portfolio.profile.pgbNetwork')}</legend>
          {profile.pgbNetworkHourRate.map((d, i) => (
            <Field<ProfileDraft>
              key={d.from}
              form={form}
              name={`pgbNetwork.${i}`}
              label={`${t('portfolio.profile.pgbNetwork')} — ${formatDate(d.from)}`}
              help={sourceNote(d, DEFAULT_MUNICIPALITY.pgbNetworkHourRate)}
              money
            >
              <input {...form.text(`pgbNetwork.${i}`)} inputMode="decimal" />
            </Field>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('portfolio.profile.gebruikelijkeHulp')}</legend>
          {profile.gebruikelijkeHulpHoursPerWeek.map((d, i) => (
            <Field<ProfileDraft>
              key={d.from}
              form={form}
              name={`gebruikelijkeHulp.${i}`}
              label={`${t('portfolio.profile.gebruikelijkeHulp')} — ${formatDate(d.from)}`}
              help={sourceNote(d, DEFAULT_MUNICIPALITY.gebruikelijkeHulpHoursPerWeek)}
            >
              <input {...form.text(`gebruikelijkeHulp.${i}`)} inputMode="decimal" />
            </Field>
          ))}
        </fieldset>
        {profile.minimaPolicy && (
          <fieldset>
            <legend>{t('portfolio.profile.minima')}</legend>
            {profile.minimaPolicy.map((d, i) => (
              <div className="field-grid" key={d.from}>
                <Field<ProfileDraft>
                  form={form}
                  name={`minimaThreshold.${i}`}
                  label={`${t('portfolio.profile.minimaThreshold')} — ${formatDate(d.from)}`}
                >
                  <input {...form.text(`minimaThreshold.${i}`)} inputMode="decimal" />
                </Field>
                <Field<ProfileDraft>
                  form={form}
                  name={`minimaAmount.${i}`}
                  label={t('portfolio.profile.minimaAmount')}
                  money
                >
                  <input {...form.text(`minimaAmount.${i}`)} inputMode="decimal" />
                </Field>
                <p className="help">{sourceNote(d, DEFAULT_MUNICIPALITY.minimaPolicy)}</p>
              </div>
            ))}
          </fieldset>
        )}
        <p className="help">{t('citation.labelsHelp')}</p>
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
            {years.map((year) => (
              <tr key={year}>
                <th scope="row">{year}</th>
                {BUDGET_LINES.map((line: BudgetLine) => {
                  const key = budgetField(year, line)
                  return (
                    <td key={line}>
                      <input
                        {...form.control(key)}
                        aria-label={`${t(`portfolio.lines.${line}`)} ${year}`}
                        inputMode="numeric"
                        value={form.draft[key] ?? ''}
                        onChange={(e) => form.set(key, e.target.value)}
                      />
                      <FieldMessage id={form.errorId(key)} error={form.shown(key)} money />
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
        <button
          type="button"
          onClick={() => {
            const last = years[years.length - 1] ?? new Date().getFullYear() - 1
            setYears([...years, last + 1])
          }}
        >
          {t('portfolio.profile.addYear')}
        </button>
        {form.notSaved && (
          <p className="field-error" role="alert">
            {t('forms.notSaved')}
          </p>
        )}
        {problems.length > 0 && (
          <div role="alert" className="notice notice-error">
            <p>{t('portfolio.profile.problemsTitle')}</p>
            <ul>
              {[...new Set(problems.map((p) => messageText(p.message, t)))].map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="button-row">
          <button type="submit" className="primary" disabled={municipality.saving}>
            {t('portfolio.profile.save')}
          </button>
          <button
            type="button"
            onClick={() => {
              setYears(budgetYearsOf(profile))
              form.reset(profileDraftOf(profile))
            }}
          >
            {t('portfolio.profile.reset')}
          </button>
        </div>
      </form>
    </section>
  )
})
