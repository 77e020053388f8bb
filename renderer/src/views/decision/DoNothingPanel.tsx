import { useId, useState } from 'react'
import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { useStores } from '../../stores/store-context'
import { ESCALATION_KINDS, type EscalationKind, type ResolvedRisk } from '#shared/decision/escalation'
import { formatCents, formatNumber } from '../../format/format'
import { Field } from '../common/Field'
import { useDraftForm } from '../common/useDraftForm'
import { riskCheck, riskDraftOf } from './risk-draft'

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
  const { risk } = resolved
  const carers = openCase.household?.carers ?? []
  const rate = doNothing.replacementHourRateCents
  // An edit-in-place row: every valid change is stored at once; an invalid one is only shown, and the
  // stored risk keeps its value (a negative onset or an empty box is refused, never stored as 0).
  const form = useDraftForm({
    initial: () => riskDraftOf(risk),
    ...riskCheck(risk),
    reveal: 'changed',
    onValidChange: (value) => void doNothing.updateRisk(index, value),
  })
  return (
    <li className="decision-risk">
      <h4>{t(`decision.doNothing.kinds.${risk.kind}`)}</h4>
      <div className="decision-risk-fields">
        <Field form={form} name="likelihood" label={t('decision.doNothing.likelihood')}>
          <input {...form.text('likelihood')} inputMode="decimal" />
        </Field>
        <Field form={form} name="likelihoodSource" label={t('decision.doNothing.likelihoodSource')}>
          <input {...form.text('likelihoodSource')} />
        </Field>
        <Field form={form} name="cost" label={t('decision.doNothing.cost')} money>
          <input {...form.text('cost')} inputMode="decimal" />
        </Field>
        {form.draft.cost.trim() !== '' && (
          <Field form={form} name="costSource" label={t('decision.doNothing.costSource')}>
            <input {...form.text('costSource')} />
          </Field>
        )}
        <Field form={form} name="onset" label={t('decision.doNothing.onset')}>
          <input {...form.text('onset')} inputMode="numeric" />
        </Field>
        {risk.kind === 'carer-dropout' && (
          <Field form={form} name="carerId" label={t('decision.doNothing.carer')}>
            <select {...form.text('carerId')}>
              {carers.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </Field>
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
