import { useId, useState } from 'react'
import { observer } from 'mobx-react-lite'
import { Link } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import {
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  Legend,
  ResponsiveContainer,
} from 'recharts'
import { DateInput } from '../../common/DateInput'
import { ZRM_VARIANT_SOURCE, zrmVariantFor } from '#shared/domain/zrm-variants'
import { useStores } from '../../../stores/store-context'
import type { Person, ZrmAssessment, ZrmDomain, ZrmScore } from '#shared/domain/types'
import { ZRM_DOMAINS } from '#shared/domain/types'
import { formatDate } from '../../../format/format'
import { Field } from '../../common/Field'
import { useDraftForm } from '../../common/useDraftForm'
import { UnsavedDraftNotice } from '../../common/UnsavedDraftNotice'
import { localToday } from '../../common/validation'
import { zrmCheck, zrmDraftOf } from './zrm-draft'
import { shapeRadarData, type RadarPoint } from './radar-data'

const LEVELS: readonly ZrmScore[] = [1, 2, 3, 4, 5]

/** Behoeften: the Zelfredzaamheid-Matrix per person, with history, targets and a radar chart. */
export const NeedsTab = observer(function NeedsTab() {
  const { t } = useTranslation()
  const { openCase } = useStores()
  const members = openCase.household?.members ?? []
  const [personId, setPersonId] = useState<string | null>(null)
  const selectId = useId()
  const person = members.find((m) => m.id === personId) ?? members[0] ?? null
  return (
    <section aria-labelledby="needs-tab-title" className="needs-tab">
      <h2 id="needs-tab-title">{t('cases.needs.title')}</h2>
      <p className="help">{t('cases.needs.intro')}</p>
      {!person ? (
        <div className="card empty-tab">
          <p className="empty-state">{t('emptyTabs.needs')}</p>
          <Link to="../household">{t('emptyTabs.needsAction')}</Link>
        </div>
      ) : (
        <>
          <div className="card">
            <label htmlFor={selectId}>{t('cases.needs.person')}</label>{' '}
            <select id={selectId} value={person.id} onChange={(e) => setPersonId(e.target.value)}>
              {members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
            <ZrmVariantNote birthDate={person.birthDate} name={person.name} />
          </div>
          <AssessmentEditor key={person.id} person={person} />
        </>
      )}
      <LevelsLegend />
    </section>
  )
})

/** Which ZRM variant fits the person today: the youth variant's domains for 12–17 years. */
function ZrmVariantNote({ birthDate, name }: { birthDate: string; name: string }) {
  const { t } = useTranslation()
  const variant = zrmVariantFor(birthDate, localToday())
  return (
    <p className="help" data-testid="zrm-variant">
      {t(`zrmVariant.${variant}`, { name })}{' '}
      {variant === 'jongeren' && t('zrmVariant.source', { source: ZRM_VARIANT_SOURCE })}
    </p>
  )
}

const AssessmentEditor = observer(function AssessmentEditor({ person }: { person: Person }) {
  const { t } = useTranslation()
  const { openCase, startup } = useStores()
  const stored = person.zrm ?? null
  const today = localToday()
  // The stored version this draft was taken from: saving it over another window's later change is a conflict.
  const [basedOn] = useState(() => openCase.editBase())
  const form = useDraftForm({
    initial: () => zrmDraftOf(stored, today),
    ...zrmCheck(stored, today, person.birthDate),
  })
  const { scores, targets } = form.draft
  const history = stored?.history ?? []
  const save = (assessment: ZrmAssessment) => openCase.saveAssessment(person.id, assessment, basedOn)
  const domainLabel = (d: ZrmDomain) => t(`zrm.domain.${d}`)
  const radar = shapeRadarData({ scores, targets }, domainLabel)
  const lastHistory = history[history.length - 1]
  const setScore = (key: 'scores' | 'targets', domain: ZrmDomain, value: string) => {
    const next = { ...form.draft[key] }
    if (value === '') delete next[domain]
    else next[domain] = Number(value) as ZrmScore
    form.set(key, next)
  }
  return (
    <div className="needs-columns">
      <form className="card" onSubmit={form.submit(save, { asNew: false })} noValidate>
        <Field form={form} name="assessedOn" label={t('cases.needs.assessedOn')}>
          <DateInput {...form.date('assessedOn')} readOnly={startup.readOnly} />
        </Field>
        <table className="zrm-table">
          <thead>
            <tr>
              <th scope="col">{t('cases.needs.domain')}</th>
              <th scope="col">{t('cases.needs.current')}</th>
              <th scope="col">{t('cases.needs.target')}</th>
              <th scope="col">
                {t('cases.needs.history')}
                {lastHistory ? ` (${formatDate(lastHistory.assessedOn)})` : ''}
              </th>
            </tr>
          </thead>
          <tbody>
            {ZRM_DOMAINS.map((domain) => (
              <tr key={domain}>
                <th scope="row">{domainLabel(domain)}</th>
                <td>
                  <select
                    aria-label={`${t('cases.needs.current')}: ${domainLabel(domain)}`}
                    value={scores[domain] ?? ''}
                    disabled={startup.readOnly}
                    onChange={(e) => setScore('scores', domain, e.target.value)}
                  >
                    <option value="">{t('cases.needs.notScored')}</option>
                    {LEVELS.map((level) => (
                      <option key={level} value={level}>
                        {level} – {t(`cases.needs.levels.${level}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <select
                    aria-label={`${t('cases.needs.target')}: ${domainLabel(domain)}`}
                    value={targets[domain] ?? ''}
                    disabled={startup.readOnly}
                    onChange={(e) => setScore('targets', domain, e.target.value)}
                  >
                    <option value="">{t('cases.needs.notScored')}</option>
                    {LEVELS.map((level) => (
                      <option key={level} value={level}>
                        {level}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="num">{lastHistory?.scores[domain] ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {form.notSaved && (
          <p className="field-error" role="alert">
            {t('forms.notSaved')}
          </p>
        )}
        <UnsavedDraftNotice failed={form.saveFailed} />
        {!startup.readOnly && (
          <div className="button-row">
            <button type="submit" className="primary">
              {t('cases.needs.save')}
            </button>
            {stored && (
              <button
                type="button"
                onClick={form.submit(save, { asNew: true })}
                title={t('cases.needs.saveAsNewHelp')}
              >
                {t('cases.needs.saveAsNew')}
              </button>
            )}
          </div>
        )}
      </form>
      <div className="card">
        <h3>{t('cases.needs.chartTitle')}</h3>
        <ZrmRadar data={radar} />
      </div>
    </div>
  )
})

/** Recharts radar of current vs target; receives plain rows shaped by shapeRadarData. */
function ZrmRadar({ data }: { data: RadarPoint[] }) {
  const { t } = useTranslation()
  return (
    <div className="zrm-radar" role="img" aria-label={t('cases.needs.chartTitle')}>
      <ResponsiveContainer width="100%" height={380}>
        <RadarChart data={data} outerRadius="70%">
          <PolarGrid />
          <PolarAngleAxis dataKey="label" tick={{ fontSize: 11 }} />
          <PolarRadiusAxis domain={[0, 5]} tickCount={6} angle={90} />
          <Radar
            name={t('cases.needs.chartCurrent')}
            dataKey="current"
            stroke="#00598a"
            fill="#00598a"
            fillOpacity={0.35}
            isAnimationActive={false}
          />
          <Radar
            name={t('cases.needs.chartTarget')}
            dataKey="target"
            stroke="#2b6a2f"
            fill="#2b6a2f"
            fillOpacity={0.1}
            isAnimationActive={false}
          />
          <Legend />
        </RadarChart>
      </ResponsiveContainer>
    </div>
  )
}

function LevelsLegend() {
  const { t } = useTranslation()
  return (
    <div className="card">
      <h3>{t('cases.needs.levelsTitle')}</h3>
      <dl className="levels">
        {LEVELS.map((level) => (
          <div key={level}>
            <dt>
              {level} – {t(`cases.needs.levels.${level}`)}
            </dt>
            <dd>{t(`cases.needs.levelHelp.${level}`)}</dd>
          </div>
        ))}
      </dl>
    </div>
  )
}
