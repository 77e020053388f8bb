import { useState } from 'react'
import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { useStores } from '../../stores/store-context'
import type { Finding, Scenario, ScenarioResult } from '#shared/domain/types'
import { deviationCostCents, findDeviation } from '#shared/decision/deviations'
import { formatCents, formatDate } from '../../format/format'
import { useLabels } from './use-labels'
import { useMonthsText } from '../common/use-months-text'
import { Field } from '../common/Field'
import { FormFooter } from '../common/FormFooter'
import { useDraftForm } from '../common/useDraftForm'
import { reasonCheck, type ReasonDraft } from './reason-draft'

/** "Choose this arrangement": date and reasoning, or the recorded choice with a way to withdraw it. */
export const ChooseControl = observer(function ChooseControl({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation()
  const { comparison } = useStores()
  const [open, setOpen] = useState(false)
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
    <ReasonForm
      label={t('decision.choose.reasoning')}
      saveLabel={t('decision.choose.confirm')}
      rows={3}
      onSave={(reason) => comparison.choose(scenario.id, reason)}
      onDone={() => setOpen(false)}
    />
  )
})

/** The reasoning of a decision: refused beside the field while empty, stored through `onSave`. */
function ReasonForm({
  label,
  saveLabel,
  rows,
  onSave,
  onDone,
}: {
  label: string
  saveLabel: string
  rows: number
  onSave: (reason: string) => Promise<boolean>
  onDone: () => void
}) {
  const form = useDraftForm({ initial: () => ({ reason: '' }), ...reasonCheck })
  const save = async ({ reason }: ReasonDraft) => {
    if (await onSave(reason)) onDone()
  }
  return (
    <form className="decision-form" onSubmit={form.submit(save)} noValidate>
      <Field form={form} name="reason" label={label}>
        <textarea
          {...form.control('reason')}
          value={form.draft.reason}
          onChange={(e) => form.set('reason', e.target.value)}
          rows={rows}
        />
      </Field>
      <FormFooter notSaved={form.notSaved} onCancel={onDone} saveLabel={saveLabel} />
    </form>
  )
}

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
        <ReasonForm
          label={t('decision.deviation.reason')}
          saveLabel={t('decision.deviation.save')}
          rows={2}
          onSave={(reason) => comparison.recordDeviation(scenario.id, finding, reason)}
          onDone={() => setOpen(false)}
        />
      ) : (
        <button type="button" className="link-button" onClick={() => setOpen(true)}>
          {t('decision.deviation.record')}
        </button>
      )}
    </li>
  )
})
