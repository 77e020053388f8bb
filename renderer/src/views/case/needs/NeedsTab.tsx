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
import { ZRM_VARIANT_SOURCE, zrmVariantFor } from '../../../../../shared/domain/zrm-variants'
import { useStores } from '../../../stores/store-context'
import type { Person, ZrmAssessment, ZrmDomain, ZrmScore } from '../../../../../shared/domain/types'
import { ZRM_DOMAINS } from '../../../../../shared/domain/types'
import { formatDate } from '../../../format/format'
import { FieldMessage } from '../../common/FieldMessage'
import { localToday, validateDate } from '../../common/validation'
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

type ScoreMap = Partial<Record<ZrmDomain, ZrmScore>>

const AssessmentEditor = observer(function AssessmentEditor({ person }: { person: Person }) {
  const { t } = useTranslation()
  const { openCase, startup } = useStores()
  const stored = person.zrm ?? null
  const [assessedOn, setAssessedOn] = useState(stored?.assessedOn ?? localToday())
  const [scores, setScores] = useState<ScoreMap>(stored?.scores ?? {})
  const [targets, setTargets] = useState<ScoreMap>(stored?.targets ?? {})
  const [submitted, setSubmitted] = useState(false)
  const id = useId()
  const dateError = validateDate(assessedOn, { required: true, notAfter: localToday() })
  const history = stored?.history ?? []
  const save = async (asNew: boolean) => {
    setSubmitted(true)
    if (dateError) return
    const nextHistory =
      asNew && stored ? [...history, { assessedOn: stored.assessedOn, scores: stored.scores }] : history
    const assessment: ZrmAssessment = {
      assessedOn,
      scores,
      ...(Object.keys(targets).length > 0 ? { targets } : {}),
      ...(nextHistory.length > 0 ? { history: nextHistory } : {}),
    }
    await openCase.saveAssessment(person.id, assessment)
  }
  const domainLabel = (d: ZrmDomain) => t(`zrm.domain.${d}`)
  const radar = shapeRadarData({ scores, targets }, domainLabel)
  const lastHistory = history[history.length - 1]
  const setScore = (setter: typeof setScores, domain: ZrmDomain, value: string) =>
    setter((current) => {
      const next = { ...current }
      if (value === '') delete next[domain]
      else next[domain] = Number(value) as ZrmScore
      return next
    })
  return (
    <div className="needs-columns">
      <div className="card">
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('cases.needs.assessedOn')}</label>
          <DateInput
            id={`${id}-date`}
            value={assessedOn}
            readOnly={startup.readOnly}
            aria-invalid={Boolean(submitted && dateError)}
            aria-describedby={dateError ? `${id}-date-error` : undefined}
            onChange={setAssessedOn}
          />
          <FieldMessage id={`${id}-date-error`} error={dateError} />
        </div>
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
                    onChange={(e) => setScore(setScores, domain, e.target.value)}
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
                    onChange={(e) => setScore(setTargets, domain, e.target.value)}
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
        {!startup.readOnly && (
          <div className="button-row">
            <button type="button" className="primary" onClick={() => void save(false)}>
              {t('cases.needs.save')}
            </button>
            {stored && (
              <button type="button" onClick={() => void save(true)} title={t('cases.needs.saveAsNewHelp')}>
                {t('cases.needs.saveAsNew')}
              </button>
            )}
          </div>
        )}
      </div>
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
