import { useId, useState } from 'react'
import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { useStores } from '../../stores/store-context'
import { ESCALATION_KINDS, type EscalationKind, type ResolvedRisk } from '#shared/decision/escalation'
import { formatCents, formatNumber } from '../../format/format'

/** The cost of doing nothing: escalation risks with sourced figures, as an expected cost kept apart. */
export const DoNothingPanel = observer(function DoNothingPanel({
  comparison,
}: {
  comparison: { name: string; municipalCents: number }[]
}) {
  const { t } = useTranslation()
  const { doNothing } = useStores()
  const [kind, setKind] = useState<EscalationKind | ''>('')
  const selectId = useId()
  const baseline = doNothing.baseline
  if (!baseline) return null
  return (
    <section className="card decision-do-nothing" aria-labelledby="do-nothing-title">
      <h3 id="do-nothing-title">{t('decision.doNothing.title')}</h3>
      <p className="help">{t('decision.doNothing.intro')}</p>
      <div className="button-row">
        <label htmlFor={selectId} className="visually-hidden">
          {t('decision.doNothing.chooseRisk')}
        </label>
        <select id={selectId} value={kind} onChange={(e) => setKind(e.target.value as EscalationKind | '')}>
          <option value="">{t('decision.doNothing.chooseRisk')}</option>
          {ESCALATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`decision.doNothing.kinds.${k}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={!kind}
          onClick={() => {
            if (kind) doNothing.addRisk(kind)
            setKind('')
          }}
        >
          {t('decision.doNothing.add')}
        </button>
      </div>
      {baseline.risks.length === 0 ? (
        <p>{t('decision.doNothing.none')}</p>
      ) : (
        <ul className="decision-risks">
          {baseline.risks.map((r, index) => (
            <RiskEditor key={`${r.risk.kind}-${index}`} resolved={r} index={index} />
          ))}
        </ul>
      )}
      <p className="decision-total" data-testid="do-nothing-total">
        <strong>{t('decision.doNothing.total', { amount: formatCents(baseline.totalCents) })}</strong>
      </p>
      <ul className="muted">
        {comparison.map((c) => (
          <li key={c.name}>
            {t('decision.doNothing.versus', { name: c.name, amount: formatCents(c.municipalCents) })}
          </li>
        ))}
      </ul>
      <p className="help">{t('decision.doNothing.storedWithCase')}</p>
    </section>
  )
})

const RiskEditor = observer(function RiskEditor({
  resolved,
  index,
}: {
  resolved: ResolvedRisk
  index: number
}) {
  const { t } = useTranslation()
  const { doNothing, openCase } = useStores()
  const base = useId()
  const { risk } = resolved
  const carers = openCase.household?.carers ?? []
  const rate = doNothing.replacementHourRateCents
  return (
    <li className="decision-risk">
      <h4>{t(`decision.doNothing.kinds.${risk.kind}`)}</h4>
      <div className="decision-risk-fields">
        <label htmlFor={`${base}-p`}>{t('decision.doNothing.likelihood')}</label>
        <input
          id={`${base}-p`}
          type="number"
          min={0}
          max={100}
          step={1}
          value={Math.round(risk.likelihood * 1000) / 10}
          onChange={(e) => doNothing.updateRisk(index, { likelihood: Number(e.target.value) / 100 })}
        />
        <label htmlFor={`${base}-ps`}>{t('decision.doNothing.likelihoodSource')}</label>
        <input
          id={`${base}-ps`}
          type="text"
          value={risk.likelihoodSource}
          onChange={(e) => doNothing.updateRisk(index, { likelihoodSource: e.target.value })}
        />
        <label htmlFor={`${base}-c`}>{t('decision.doNothing.cost')}</label>
        <input
          id={`${base}-c`}
          type="number"
          min={0}
          step={100}
          value={risk.annualCostCents == null ? '' : risk.annualCostCents / 100}
          onChange={(e) =>
            doNothing.updateRisk(index, {
              annualCostCents:
                e.target.value === '' ? null : Math.max(0, Math.round(Number(e.target.value) * 100)),
            })
          }
        />
        {risk.annualCostCents != null && (
          <>
            <label htmlFor={`${base}-cs`}>{t('decision.doNothing.costSource')}</label>
            <input
              id={`${base}-cs`}
              type="text"
              value={risk.costSource ?? ''}
              onChange={(e) => doNothing.updateRisk(index, { costSource: e.target.value })}
            />
          </>
        )}
        <label htmlFor={`${base}-o`}>{t('decision.doNothing.onset')}</label>
        <input
          id={`${base}-o`}
          type="number"
          min={0}
          step={1}
          value={risk.onsetMonths}
          onChange={(e) =>
            doNothing.updateRisk(index, { onsetMonths: Math.max(0, Math.round(Number(e.target.value))) })
          }
        />
        {risk.kind === 'carer-dropout' && (
          <>
            <label htmlFor={`${base}-k`}>{t('decision.doNothing.carer')}</label>
            <select
              id={`${base}-k`}
              value={risk.carerId ?? ''}
              onChange={(e) => doNothing.updateRisk(index, { carerId: e.target.value || null })}
            >
              {carers.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </>
        )}
      </div>
      {resolved.costOrigin === 'reference' && resolved.figure && (
        <p className="help">
          {t('decision.doNothing.reference', {
            source: resolved.figure.source,
            year: resolved.figure.year,
            confidence: resolved.figure.confidence,
          })}{' '}
          {!resolved.figure.verified && <span className="badge">{t('decision.doNothing.unverified')}</span>}
          {resolved.figure.note && (
            <> {t('decision.doNothing.referenceNote', { note: resolved.figure.note })}</>
          )}
        </p>
      )}
      {resolved.costOrigin === 'computed' && risk.carerId && rate != null && (
        <p className="help">
          {t('decision.doNothing.computed', {
            hours: formatNumber(doNothing.carerHours(risk.carerId)),
            rate: formatCents(rate),
          })}
        </p>
      )}
      {resolved.costOrigin === 'missing' && <p className="help">{t('decision.doNothing.gap')}</p>}
      <p>
        {t('decision.doNothing.payer', { payer: t(`decision.rows.${resolved.payer}`) })}
        {resolved.expectedCents != null && (
          <>
            {' '}
            —{' '}
            <strong>
              {t('decision.doNothing.expected', { amount: formatCents(resolved.expectedCents) })}
            </strong>
          </>
        )}
      </p>
      {resolved.problems.length > 0 && (
        <p className="field-error" role="status">
          {t('decision.doNothing.incomplete', {
            problems: resolved.problems.map((p) => t(`decision.doNothing.problems.${p}`)).join(', '),
          })}
        </p>
      )}
      <button type="button" className="danger" onClick={() => doNothing.removeRisk(index)}>
        {t('decision.doNothing.remove')}
      </button>
    </li>
  )
})
