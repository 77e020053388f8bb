import { useId } from 'react'
import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import './decision.css'
import { useStores } from '../../stores/store-context'
import type { DeliveryForm } from '#shared/domain/types'
import { needHoursByScoreAt } from '#shared/decision/optimiser/needs'
import type { OptimiserOutcome } from '#shared/decision/optimiser/optimise'
import type { AlternativeVerdict } from '#shared/decision/optimiser/explain'
import type { ProposalCheck } from '#shared/decision/optimiser/verify'
import { MANTELZORG_THRESHOLDS } from '#shared/parameters/mantelzorg'
import { valueAt } from '#shared/parameters/series'
import { formatCents, formatNumber } from '../../format/format'
import { localToday } from '../common/validation'
import { useLabels } from './use-labels'
import { NumberDraftInput } from './NumberDraftInput'
import { limitCheck, needHoursCheck, respiteEtmalenCheck } from './optimiser-draft'
import { messageText } from '../common/message-text'
import { TechnicalDetail } from '../common/TechnicalDetail'

const FORMS: DeliveryForm[] = ['zin', 'pgb', 'pgb-netwerk', 'mantelzorg', 'volunteer', 'algemeen']

export const OptimiserTab = observer(function OptimiserTab() {
  const { t } = useTranslation()
  const { openCase, optimiser } = useStores()
  const labels = useLabels()
  const respiteId = useId()
  const household = openCase.household
  if (!household) return null
  const needs = optimiser.optimiserNeeds
  // The default hours in force in the month the optimiser's horizon starts (its base scenario's).
  const defaultHours = needHoursByScoreAt(
    (openCase.selectedScenario ?? openCase.scenarios[0])?.startDate ?? localToday(),
  )
  const lockSource = openCase.selectedScenario
  const run = optimiser.run
  if (needs.length === 0) {
    return (
      <section aria-labelledby="optimiser-tab-title">
        <h2 id="optimiser-tab-title">{t('decision.optimiser.title')}</h2>
        <div className="card empty-tab" data-testid="optimiser-empty">
          <p className="empty-state">{t('emptyTabs.optimiser')}</p>
          <Link to="../needs">{t('emptyTabs.toNeeds')}</Link>
        </div>
      </section>
    )
  }
  return (
    <section aria-labelledby="optimiser-tab-title" className="decision-tab">
      <h2 id="optimiser-tab-title">{t('decision.optimiser.title')}</h2>
      <p className="help">{t('decision.optimiser.intro')}</p>

      <section className="card" aria-labelledby="needs-title">
        <h3 id="needs-title">{t('decision.optimiser.needsTitle')}</h3>
        <p className="help">
          {t('decision.optimiser.needsHint', {
            one: defaultHours[1],
            two: defaultHours[2],
          })}
        </p>
        {needs.length === 0 ? (
          <p>{t('decision.optimiser.noNeeds')}</p>
        ) : (
          <table className="decision-needs" data-testid="optimiser-needs">
            <thead>
              <tr>
                <th scope="col">{t('decision.optimiser.person')}</th>
                <th scope="col">{t('decision.optimiser.domain')}</th>
                <th scope="col" className="num">
                  {t('decision.optimiser.hours')}
                </th>
              </tr>
            </thead>
            <tbody>
              {needs.map((n) => (
                <tr key={`${n.personId}-${n.domain}`}>
                  <td>{labels.person(n.personId)}</td>
                  <td>{labels.domain(n.domain)}</td>
                  <td className="num">
                    <NumberDraftInput
                      label={`${t('decision.optimiser.hours')}: ${labels.person(n.personId)}, ${labels.domain(n.domain)}`}
                      hideLabel
                      value={n.hoursPerWeek}
                      check={needHoursCheck}
                      commit={(hours) => optimiser.setNeedHours(n.personId, n.domain, hours)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <button type="button" onClick={() => optimiser.resetNeeds()}>
          {t('decision.optimiser.needsReset')}
        </button>
      </section>

      <section className="card" aria-labelledby="options-title">
        <h3 id="options-title">{t('decision.optimiser.exclusionsTitle')}</h3>
        <fieldset>
          <legend>{t('decision.optimiser.objective')}</legend>
          {(['municipal', 'societal'] as const).map((o) => (
            <label key={o} className="radio-row">
              <input
                type="radio"
                name="objective"
                checked={optimiser.objective === o}
                onChange={() => optimiser.setObjective(o)}
              />{' '}
              {t(`decision.optimiser.objectives.${o}`)}
            </label>
          ))}
        </fieldset>
        <NumberDraftInput
          className="number-draft-row"
          idPrefix={respiteId}
          label={t('decision.optimiser.respite')}
          value={optimiser.respiteEtmalenPerMonth}
          check={respiteEtmalenCheck}
          commit={(etmalen) => optimiser.setRespiteEtmalen(etmalen)}
        />
        <fieldset>
          <legend>{t('decision.optimiser.excludeForms')}</legend>
          {FORMS.map((f) => (
            <label key={f} className="checkbox">
              <input
                type="checkbox"
                checked={optimiser.excludedDeliveryForms.includes(f)}
                onChange={() => optimiser.toggleExcludedForm(f)}
              />{' '}
              {t(`cases.arrangement.deliveryForms.${f}`, { defaultValue: f })}
            </label>
          ))}
        </fieldset>
        <details>
          <summary>{t('decision.optimiser.excludeProvisions')}</summary>
          <table className="decision-provisions">
            <tbody>
              {optimiser.relevantProvisions.map((p) => (
                <tr key={p.id}>
                  <td>
                    <label>
                      <input
                        type="checkbox"
                        checked={optimiser.excludedProvisionIds.includes(p.id)}
                        onChange={() => optimiser.toggleExcludedProvision(p.id)}
                      />{' '}
                      {labels.provision(p.id)}
                    </label>
                  </td>
                  <td>
                    <NumberDraftInput
                      label={`${t('decision.optimiser.limit')}: ${labels.provision(p.id)}`}
                      hideLabel
                      value={optimiser.limits.find((l) => l.provisionId === p.id)?.maxVolume ?? null}
                      check={limitCheck}
                      commit={(volume) => optimiser.setLimit(p.id, volume)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
        {lockSource && lockSource.lines.length > 0 && (
          <details>
            <summary>{t('decision.optimiser.locksTitle', { name: lockSource.name })}</summary>
            <p className="help">{t('decision.optimiser.locksHint')}</p>
            {lockSource.lines.map((line) => {
              const lock = {
                provisionId: line.provisionId,
                deliveryForm: line.deliveryForm,
                personId: line.personId,
                carerId: line.carerId ?? null,
                volume: line.volume,
              }
              const text = `${labels.provision(line.provisionId)} — ${t(`cases.arrangement.deliveryForms.${line.deliveryForm}`, { defaultValue: line.deliveryForm })}${line.carerId ? ` (${labels.carer(line.carerId)})` : ''}, ${formatNumber(line.volume)} ${t(`cases.arrangement.units.${line.unit}`, { defaultValue: line.unit })}`
              return (
                <label key={line.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={optimiser.isLocked(lock)}
                    onChange={() => optimiser.toggleLock(lock)}
                  />{' '}
                  {t('decision.optimiser.lockLine', { line: text })}
                </label>
              )
            })}
          </details>
        )}
      </section>

      <div className="button-row">
        <button
          type="button"
          className="primary"
          disabled={run.status === 'running'}
          onClick={() => void optimiser.runOptimiser(t('decision.optimiser.proposalName'))}
        >
          {t('decision.optimiser.run')}
        </button>
      </div>
      {run.status === 'running' && <p role="status">{t('decision.optimiser.running')}</p>}
      {run.status === 'failed' && (
        <div role="alert" data-testid="optimiser-failed">
          <p className="field-error">
            {t('decision.optimiser.failed', { message: messageText(run.message, t) })}
          </p>
          <TechnicalDetail message={run.message} />
        </div>
      )}
      {run.status === 'done' && (
        <OutcomeView outcome={run.outcome} alternatives={run.alternatives} check={run.check} />
      )}
    </section>
  )
})

const OutcomeView = observer(function OutcomeView({
  outcome,
  alternatives,
  check,
}: {
  outcome: OptimiserOutcome
  alternatives: AlternativeVerdict[]
  check: ProposalCheck | null
}) {
  const { t } = useTranslation()
  const { optimiser, openCase } = useStores()
  // The dated mantelzorg.overload threshold on the proposal's start (the base scenario's start).
  const asOf = outcome.kind === 'proposal' ? outcome.scenario.startDate : openCase.scenarios[0]?.startDate
  const threshold =
    check?.overloads[0]?.burdenThreshold ??
    valueAt(
      MANTELZORG_THRESHOLDS,
      asOf ?? MANTELZORG_THRESHOLDS[MANTELZORG_THRESHOLDS.length - 1]?.from ?? '',
    ).overloadBurdenScore
  const labels = useLabels()
  const common = (
    <>
      {outcome.uncoverableNeeds.length > 0 && (
        <p className="field-error">
          {t('decision.optimiser.uncoverable', {
            list: outcome.uncoverableNeeds
              .map((n) => `${labels.person(n.personId)}: ${labels.domain(n.domain)}`)
              .join('; '),
          })}
        </p>
      )}
      {outcome.unmatchedLocks.length > 0 && (
        <p className="field-error">
          {t('decision.optimiser.unmatchedLocks', {
            list: outcome.unmatchedLocks.map((l) => labels.provision(l.provisionId)).join('; '),
          })}
        </p>
      )}
      <details>
        <summary>
          {t('decision.optimiser.candidates', { count: outcome.candidateCount })} ·{' '}
          {t('decision.optimiser.exclusionsSummary', { count: outcome.exclusions.length })}
        </summary>
        <ul className="muted">
          {outcome.exclusions.map((e, i) => (
            <li key={i}>
              {labels.provision(e.provisionId)} (
              {t(`cases.arrangement.deliveryForms.${e.deliveryForm}`, { defaultValue: e.deliveryForm })}
              {e.carerId ? `, ${labels.carer(e.carerId)}` : ''}) — {labels.person(e.personId)}:{' '}
              {t(`decision.optimiser.exclusion.${e.reason}`)}
            </li>
          ))}
        </ul>
      </details>
    </>
  )
  if (outcome.kind === 'error') {
    return (
      <section className="card" role="alert">
        <p>{t('decision.optimiser.solverStatus', { status: outcome.status })}</p>
        {common}
      </section>
    )
  }
  if (outcome.kind === 'infeasible') {
    return (
      <section
        className="card decision-infeasible"
        aria-labelledby="infeasible-title"
        data-testid="optimiser-infeasible"
      >
        <h3 id="infeasible-title">{t('decision.optimiser.infeasibleTitle')}</h3>
        {outcome.causes.length === 0 ? (
          <p>{t('decision.optimiser.noCauses')}</p>
        ) : (
          <ul>
            {outcome.causes.map((c, i) => (
              <li key={i}>
                {c.kind === 'need'
                  ? t('decision.optimiser.causes.need', {
                      person: labels.person(c.personId),
                      domain: labels.domain(c.domain),
                      hours: formatNumber(c.shortHoursPerWeek),
                    })
                  : c.kind === 'capacity'
                    ? c.overburdened
                      ? t('proposal.capacityBurden', {
                          name: labels.carer(c.carerId),
                          hours: formatNumber(c.excessHoursPerWeek),
                          score: c.burdenScore ?? 0,
                          threshold,
                        })
                      : t('decision.optimiser.causes.capacity', {
                          name: labels.carer(c.carerId),
                          hours: formatNumber(c.excessHoursPerWeek),
                        })
                    : c.kind === 'respite'
                      ? t('decision.optimiser.causes.respite', {
                          name: labels.carer(c.carerId),
                          hours: formatNumber(c.shortHoursPerMonth),
                        })
                      : t('decision.optimiser.causes.limit', {
                          provision: labels.provision(c.provisionId),
                          volume: formatNumber(c.excessVolume),
                        })}
              </li>
            ))}
          </ul>
        )}
        {common}
      </section>
    )
  }
  const overloads = check?.overloads ?? []
  const lockedCarers = new Set(optimiser.locks.map((l) => l.carerId).filter(Boolean))
  return (
    <section
      className="card decision-proposal"
      aria-labelledby="proposal-title"
      data-testid="optimiser-proposal"
    >
      <h3 id="proposal-title">{t('decision.optimiser.proposalTitle')}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('decision.optimiser.line')}</th>
            <th scope="col" className="num">
              {t('decision.optimiser.volume')}
            </th>
            <th scope="col" className="num">
              {t('proposal.lineCost')}
            </th>
          </tr>
        </thead>
        <tbody>
          {outcome.lines.map((l, index) => (
            <tr key={l.candidate.key} className={l.candidate.payer === 'informal' ? 'informal' : undefined}>
              <td>
                {labels.provision(l.candidate.provisionId)} —{' '}
                {t(`cases.arrangement.deliveryForms.${l.candidate.deliveryForm}`, {
                  defaultValue: l.candidate.deliveryForm,
                })}
                {l.candidate.carerId ? ` (${labels.carer(l.candidate.carerId)})` : ''} ·{' '}
                {labels.person(l.candidate.personId)}
              </td>
              <td className="num">
                {formatNumber(l.volume)}{' '}
                {t(`cases.arrangement.units.${l.candidate.unit}`, { defaultValue: l.candidate.unit })} /{' '}
                {t(`cases.arrangement.frequencies.${l.candidate.frequency}`, {
                  defaultValue: l.candidate.frequency,
                })}
              </td>
              <td className="num">
                {formatCents(
                  check?.linePerMonthCents[outcome.scenario.lines[index]?.id ?? ''] ??
                    (l.candidate.payer === 'informal' ? l.monthlyInformalCents : l.monthlyCashCents),
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {t('proposal.cost')}:{' '}
        <strong data-testid="optimiser-per-month">
          {check ? formatCents(check.municipalPerMonthCents) : '—'}
        </strong>{' '}
        <span className="help">({t('proposal.costBasis')})</span>
      </p>
      {overloads.length > 0 && (
        <div className="card decision-infeasible" role="alert" data-testid="optimiser-overload">
          <h4>{t('proposal.overloadTitle')}</h4>
          <ul>
            {overloads.map((o) => {
              const name = labels.carer(o.carerId)
              return (
                <li key={o.carerId} data-carer={o.carerId}>
                  {o.overBurden
                    ? t('proposal.overloadedBurden', {
                        name,
                        score: o.burdenScore ?? 0,
                        threshold: o.burdenThreshold,
                      })
                    : t('proposal.overloadedHours', {
                        name,
                        hours: formatNumber(o.hoursPerWeek),
                        capacity: formatNumber(o.capacityHoursPerWeek),
                      })}{' '}
                  {lockedCarers.has(o.carerId)
                    ? t('proposal.overloadWhyLocked', { name })
                    : t('proposal.overloadWhyOther')}
                </li>
              )
            })}
          </ul>
        </div>
      )}
      <h4>{t('decision.optimiser.carersTitle')}</h4>
      <ul data-testid="optimiser-carers">
        {outcome.carers.map((c) => {
          const name = labels.carer(c.carerId)
          const overloaded = overloads.some((o) => o.carerId === c.carerId)
          const burden = openCase.household?.carers.find((k) => k.id === c.carerId)?.burdenScore ?? null
          return (
            <li key={c.carerId}>
              {overloaded
                ? `${name}: ${t('cases.network.overloaded')}`
                : c.hoursPerWeek === 0 && c.boundHoursPerWeek === 0 && burden !== null && burden >= threshold
                  ? t('proposal.notPlanned', { name, score: burden, threshold })
                  : t('proposal.withinCapacity', {
                      name,
                      hours: formatNumber(c.hoursPerWeek),
                      bound: formatNumber(c.boundHoursPerWeek),
                    })}
              {c.intensive && (
                <> — {t('decision.optimiser.intensive', { hours: formatNumber(c.respiteHoursPerMonth) })}</>
              )}
            </li>
          )
        })}
      </ul>
      <div className="button-row">
        <button type="button" className="primary" onClick={() => void optimiser.acceptProposal()}>
          {t('decision.optimiser.accept')}
        </button>
      </div>

      <h4>{t('decision.optimiser.whyTitle')}</h4>
      <h5>{t('decision.optimiser.bindingTitle')}</h5>
      <ul data-testid="optimiser-binding">
        {outcome.binding.map((b, i) => (
          <li key={i}>
            {b.kind === 'need'
              ? t('decision.optimiser.binding.need', {
                  person: labels.person(b.personId),
                  domain: labels.domain(b.domain),
                  hours: formatNumber(b.hoursPerWeek),
                })
              : b.kind === 'capacity'
                ? t('decision.optimiser.binding.capacity', {
                    name: labels.carer(b.carerId),
                    hours: formatNumber(b.hoursPerWeek),
                  })
                : b.kind === 'respite'
                  ? t('decision.optimiser.binding.respite', {
                      name: labels.carer(b.carerId),
                      hours: formatNumber(b.hoursPerMonth),
                    })
                  : b.kind === 'limit'
                    ? t('decision.optimiser.binding.limit', {
                        provision: labels.provision(b.provisionId),
                        volume: formatNumber(b.maxVolume),
                      })
                    : t('decision.optimiser.binding.lock', {
                        provision: labels.provision(b.provisionId),
                        person: labels.person(b.personId),
                        volume: formatNumber(b.volume),
                      })}
          </li>
        ))}
      </ul>
      <h5>{t('decision.optimiser.marginalsTitle')}</h5>
      {outcome.marginals.length === 0 ? (
        <p>{t('decision.optimiser.noMarginals')}</p>
      ) : (
        <ul data-testid="optimiser-marginals">
          {outcome.marginals.map((m, i) => {
            const amount = formatCents(Math.abs(m.centsPerMonth))
            return (
              <li key={i}>
                {m.kind === 'carer-hour'
                  ? t(
                      m.centsPerMonth < 0
                        ? 'decision.optimiser.marginal.carerSaves'
                        : 'decision.optimiser.marginal.carerCosts',
                      { name: labels.carer(m.carerId), amount },
                    )
                  : m.kind === 'need-hour'
                    ? t('decision.optimiser.marginal.needCosts', {
                        person: labels.person(m.personId),
                        domain: labels.domain(m.domain),
                        amount,
                      })
                    : m.kind === 'respite-hour'
                      ? t('decision.optimiser.marginal.respiteCosts', {
                          name: labels.carer(m.carerId),
                          amount,
                        })
                      : t('decision.optimiser.marginal.limitSaves', {
                          provision: labels.provision(m.provisionId),
                          amount,
                        })}
              </li>
            )
          })}
        </ul>
      )}
      <h5>{t('decision.optimiser.alternativesTitle')}</h5>
      <ul data-testid="optimiser-alternatives">
        {alternatives.map((a) => (
          <li key={a.scenarioId}>
            {t(`decision.optimiser.verdicts.${a.verdict}`, {
              name: a.name,
              amount: formatCents(Math.abs(a.municipalPerMonthDeltaCents)),
            })}
            {a.reasons.length > 0 && (
              <ul>
                {a.reasons.map((r, i) => (
                  <li key={i}>
                    {r.kind === 'blocking'
                      ? t('decision.optimiser.reasons.blocking', { rule: labels.rule(r.ruleId) })
                      : r.kind === 'overloaded'
                        ? t('decision.optimiser.reasons.overloaded', {
                            name: labels.carer(r.carerId),
                            hours: formatNumber(r.hoursPerWeek),
                            capacity: formatNumber(r.capacityHoursPerWeek),
                          })
                        : r.kind === 'no-respite'
                          ? t('decision.optimiser.reasons.no-respite', { name: labels.carer(r.carerId) })
                          : t('decision.optimiser.reasons.uncovered', {
                              person: labels.person(r.personId),
                              domain: labels.domain(r.domain),
                            })}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {common}
    </section>
  )
})
