import { useId, useState } from 'react'
import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { useStores } from '../../stores/store-context'
import type { Finding, Scenario, ScenarioResult } from '../../../../shared/domain/types'
import { deviationCostCents, findDeviation } from '../../../../shared/decision/deviations'
import { formatCents, formatDate } from '../../format/format'
import { useLabels } from './use-labels'
import { useMonthsText } from '../common/use-months-text'

/** "Choose this arrangement": date and reasoning, or the recorded choice with a way to withdraw it. */
export const ChooseControl = observer(function ChooseControl({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation()
  const { comparison } = useStores()
  const [open, setOpen] = useState(false)
  const [reasoning, setReasoning] = useState('')
  const id = useId()
  if (scenario.chosen) {
    return (
      <div className="decision-chosen">
        <span className="badge badge-chosen">{t('decision.choose.chosen')}</span>{' '}
        <span>
          {t('decision.choose.chosenOn', {
            date: formatDate(scenario.chosen.on),
            reasoning: scenario.chosen.reasoning,
          })}
        </span>{' '}
        <button type="button" onClick={() => void comparison.unchoose(scenario.id)}>
          {t('decision.choose.undo')}
        </button>
      </div>
    )
  }
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t('decision.choose.choose')}
      </button>
    )
  }
  return (
    <form
      className="decision-form"
      onSubmit={(e) => {
        e.preventDefault()
        void comparison.choose(scenario.id, reasoning).then((ok) => {
          if (ok) {
            setOpen(false)
            setReasoning('')
          }
        })
      }}
    >
      <label htmlFor={id}>{t('decision.choose.reasoning')}</label>
      <textarea id={id} value={reasoning} onChange={(e) => setReasoning(e.target.value)} rows={3} required />
      <div className="button-row">
        <button type="submit" className="primary">
          {t('decision.choose.confirm')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('decision.choose.cancel')}
        </button>
      </div>
    </form>
  )
})

/** A finding with its deliberate deviation (if any) and a way to record or withdraw one. */
export const FindingWithDeviation = observer(function FindingWithDeviation({
  scenario,
  finding,
  result,
  months = [],
}: {
  scenario: Scenario
  finding: Finding
  result: ScenarioResult
  months?: readonly string[]
}) {
  const { t } = useTranslation()
  const { comparison } = useStores()
  const labels = useLabels()
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const id = useId()
  const monthsText = useMonthsText()
  const lineProvision = finding.lineId
    ? scenario.lines.find((l) => l.id === finding.lineId)?.provisionId
    : undefined
  const deviation = findDeviation(scenario, finding)
  const cost = deviation ? deviationCostCents(deviation, result) : null
  return (
    <li className={`decision-finding sev-${finding.severity}`}>
      {months.length > 0 && <strong>{monthsText(months)}: </strong>}
      <span className="finding-message">{labels.finding(finding)}</span>
      {lineProvision && <span className="muted"> ({labels.provision(lineProvision)})</span>}{' '}
      {deviation ? (
        <span className="decision-deviation">
          <span className="badge badge-deviation">{t('decision.deviation.badge')}</span>{' '}
          {t('decision.deviation.detail', {
            date: formatDate(deviation.decidedOn),
            reason: deviation.reason,
          })}
          {cost != null && <> — {t('decision.deviation.cost', { amount: formatCents(cost) })}</>}{' '}
          <button type="button" onClick={() => void comparison.removeDeviation(scenario.id, deviation)}>
            {t('decision.deviation.remove')}
          </button>
        </span>
      ) : open ? (
        <form
          className="decision-form"
          onSubmit={(e) => {
            e.preventDefault()
            void comparison.recordDeviation(scenario.id, finding, reason).then((ok) => ok && setOpen(false))
          }}
        >
          <label htmlFor={id}>{t('decision.deviation.reason')}</label>
          <textarea id={id} value={reason} onChange={(e) => setReason(e.target.value)} rows={2} required />
          <div className="button-row">
            <button type="submit" className="primary">
              {t('decision.deviation.save')}
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              {t('decision.choose.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="link-button" onClick={() => setOpen(true)}>
          {t('decision.deviation.record')}
        </button>
      )}
    </li>
  )
})
