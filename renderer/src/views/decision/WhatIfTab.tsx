import { useId, useState } from 'react'
import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import './decision.css'
import { useStores } from '../../stores/store-context'
import type { Lever } from '#shared/decision/what-if'
import { isMoneyLever, leverKey } from '#shared/decision/what-if'
import { groupFindings } from '#shared/decision/finding-groups'
import type { CostMeasure } from '#shared/decision/sensitivity'
import { cashCents, municipalCents } from '#shared/decision/payers'
import type { ScenarioResult } from '#shared/domain/types'
import { formatCents, formatCentsWhole, formatNumber } from '../../format/format'
import { useLabels } from './use-labels'
import { FieldMessage } from '../common/FieldMessage'
import { useDraftForm } from '../common/useDraftForm'
import { leverCheck, leverText } from './lever-draft'
import { NumberDraftInput } from './NumberDraftInput'
import { sensitivityPercentCheck } from './sensitivity-draft'

/** Slider range for a lever around its current value. */
function sliderRange(
  lever: Lever,
  base: number,
  wholeUnits: boolean,
): { min: number; max: number; step: number } {
  switch (lever.kind) {
    case 'tariff-percent':
      return { min: -50, max: 50, step: 1 }
    case 'work-start':
      return { min: -12, max: 12, step: 1 }
    case 'indexation':
      return { min: 0, max: 10, step: 0.5 }
    case 'informal-price':
      return { min: 0, max: Math.max(50_00, Math.round(base * 3)), step: 10 }
    case 'carer-hours':
    case 'carer-capacity':
      return { min: 0, max: Math.max(40, Math.ceil(base * 2)), step: 0.5 }
    case 'line-volume':
      return { min: 0, max: Math.max(10, Math.ceil(base * 3)), step: wholeUnits || base >= 10 ? 1 : 0.5 }
  }
}

export const WhatIfTab = observer(function WhatIfTab() {
  const { t } = useTranslation()
  const { whatIf } = useStores()
  const labels = useLabels()
  const scenarioSelect = useId()
  const scenario = whatIf.scenario
  if (!scenario) {
    return (
      <section aria-labelledby="what-if-tab-title">
        <h2 id="what-if-tab-title">{t('decision.whatIf.title')}</h2>
        <div className="card empty-tab" data-testid="what-if-empty">
          <p className="empty-state">{t('emptyTabs.whatIf')}</p>
          <Link to="../arrangement">{t('emptyTabs.toArrangement')}</Link>
        </div>
      </section>
    )
  }
  const before = whatIf.baseResult
  const after = whatIf.result
  const changedTariff = (whatIf.values['tariff-percent'] ?? 0) !== 0
  return (
    <section aria-labelledby="what-if-tab-title" className="decision-tab">
      <h2 id="what-if-tab-title">{t('decision.whatIf.title')}</h2>
      <p className="help">{t('decision.whatIf.intro')}</p>
      <div className="button-row">
        <label htmlFor={scenarioSelect}>{t('decision.whatIf.scenario')}</label>
        <select
          id={scenarioSelect}
          value={scenario.id}
          onChange={(e) => whatIf.selectScenario(e.target.value)}
        >
          {whatIf.scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>

      <div className="decision-whatif">
        <fieldset className="decision-levers">
          <legend>{t('decision.whatIf.levers')}</legend>
          {whatIf.levers.map((lever) => (
            <LeverInput key={leverKey(lever)} lever={lever} label={labels.lever(lever)} />
          ))}
        </fieldset>

        <section className="card decision-effect" aria-labelledby="effect-title" aria-live="polite">
          <h3 id="effect-title">{t('decision.whatIf.resultTitle')}</h3>
          {before && after ? <EffectTable before={before} after={after} /> : null}
          <div className="button-row">
            <button
              type="button"
              className="primary"
              disabled={!whatIf.hasChanges}
              onClick={() => void whatIf.keep()}
            >
              {t('decision.whatIf.keep')}
            </button>
            <button type="button" disabled={!whatIf.hasChanges} onClick={() => whatIf.reset()}>
              {t('decision.whatIf.reset')}
            </button>
          </div>
          {!whatIf.hasChanges && <p className="muted">{t('decision.whatIf.noChanges')}</p>}
          {changedTariff && <p className="help">{t('decision.whatIf.tariffNotKept')}</p>}
        </section>
      </div>

      <Sensitivity />
    </section>
  )
})

const LeverInput = observer(function LeverInput({ lever, label }: { lever: Lever; label: string }) {
  const { whatIf } = useStores()
  const id = useId()
  const base = whatIf.leverBase(lever)
  const value = whatIf.leverValue(lever)
  const unit =
    lever.kind === 'line-volume' ? whatIf.scenario?.lines.find((l) => l.id === lever.lineId)?.unit : undefined
  const { min, max, step } = sliderRange(
    lever,
    base,
    unit !== undefined && unit !== 'hour' && unit !== 'minute',
  )
  const text = leverText(lever, value)
  const form = useDraftForm({ initial: () => ({ value: text }), ...leverCheck(lever), reveal: 'changed' })
  // A value set elsewhere (the slider, a reset) replaces what is typed.
  const [seen, setSeen] = useState(text)
  if (text !== seen) {
    setSeen(text)
    form.reset({ value: text })
  }
  const commit = form.submit(({ value: next }: { value: number }) => {
    whatIf.setLever(lever, next)
    form.reset({ value: leverText(lever, next) })
  })
  const input = form.text('value')
  return (
    <div className="decision-lever" data-lever={leverKey(lever)}>
      <label htmlFor={`${id}-range`}>{label}</label>
      <input
        id={`${id}-range`}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        onChange={(e) => whatIf.setLever(lever, Number(e.target.value))}
      />
      <input
        {...input}
        type="text"
        inputMode="decimal"
        aria-label={label}
        onBlur={() => {
          if (form.dirty) commit()
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && form.dirty) commit()
        }}
      />
      <FieldMessage id={form.errorId('value')} error={form.shown('value')} money={isMoneyLever(lever)} />
    </div>
  )
})

function EffectTable({ before, after }: { before: ScenarioResult; after: ScenarioResult }) {
  const { t } = useTranslation()
  const rows: { key: string; label: string; a: number; b: number; money: boolean }[] = [
    {
      key: 'municipal',
      label: t('decision.whatIf.municipal'),
      a: municipalCents(before.totalByPayer),
      b: municipalCents(after.totalByPayer),
      money: true,
    },
    {
      key: 'cash',
      label: t('decision.whatIf.cash'),
      a: cashCents(before.totalByPayer),
      b: cashCents(after.totalByPayer),
      money: true,
    },
    {
      key: 'informal',
      // The payer's own label (money.payers), as in the cost table and the comparison.
      label: t('money.payers.informal'),
      a: before.totalByPayer.informal,
      b: after.totalByPayer.informal,
      money: true,
    },
    {
      key: 'blocking',
      label: t('decision.whatIf.blockingCount'),
      a: new Set(
        before.findings.filter((f) => f.severity === 'blocking').map((f) => `${f.ruleId}|${f.lineId ?? ''}`),
      ).size,
      b: new Set(
        after.findings.filter((f) => f.severity === 'blocking').map((f) => `${f.ruleId}|${f.lineId ?? ''}`),
      ).size,
      money: false,
    },
    {
      key: 'overloaded',
      label: t('decision.whatIf.overloaded'),
      a: before.carers.filter((c) => c.overloaded).length,
      b: after.carers.filter((c) => c.overloaded).length,
      money: false,
    },
  ]
  const show = (v: number, money: boolean) => (money ? formatCents(v) : formatNumber(v))
  return (
    <table className="decision-effect-table" data-testid="whatif-effect">
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">{t('decision.compare.payer')}</span>
          </th>
          <th scope="col" className="num">
            {t('decision.whatIf.before')}
          </th>
          <th scope="col" className="num">
            {t('decision.whatIf.after')}
          </th>
          <th scope="col" className="num">
            {t('decision.whatIf.difference')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-row={r.key} className={r.key === 'informal' ? 'informal' : undefined}>
            <th scope="row">{r.label}</th>
            <td className="num">{show(r.a, r.money)}</td>
            <td className="num">{show(r.b, r.money)}</td>
            <td className="num">
              {r.money ? (r.b - r.a > 0 ? '+' : '') + formatCents(r.b - r.a) : formatNumber(r.b - r.a)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

const Sensitivity = observer(function Sensitivity() {
  const { t } = useTranslation()
  const { whatIf } = useStores()
  const labels = useLabels()
  const percentId = useId()
  const measureId = useId()
  const sensitivity = whatIf.sensitivity
  const thresholds = whatIf.thresholds
  const bars = (sensitivity?.bars ?? []).map((b) => ({
    key: b.key,
    label: labels.lever(b.lever),
    low: b.lowDeltaCents,
    high: b.highDeltaCents,
    swing: b.swingCents,
  }))
  const formatLeverValue = (value: number) => formatNumber(Math.round(value * 100) / 100)
  // At today's values: what is already wrong is said first, so "no tipping point" is never misread.
  const now = whatIf.result
  const nowOverloaded = now?.carers.filter((c) => c.overloaded) ?? []
  const nowBlocking = now ? groupFindings(now.findings.filter((f) => f.severity === 'blocking')) : []
  return (
    <section className="card" aria-labelledby="sensitivity-title">
      <h3 id="sensitivity-title">{t('decision.whatIf.sensitivityTitle')}</h3>
      <div className="button-row">
        <label htmlFor={measureId}>{t('decision.whatIf.measure')}</label>
        <select
          id={measureId}
          value={whatIf.measure}
          onChange={(e) => whatIf.setMeasure(e.target.value as CostMeasure)}
        >
          <option value="municipal">{t('decision.whatIf.measures.municipal')}</option>
          <option value="societal">{t('decision.whatIf.measures.societal')}</option>
        </select>
      </div>
      <NumberDraftInput
        className="number-draft-row"
        idPrefix={percentId}
        label={t('decision.whatIf.percent')}
        value={whatIf.sensitivityPercent}
        check={sensitivityPercentCheck}
        commit={(percent) => whatIf.setSensitivityPercent(percent)}
      />
      <p className="help">{t('decision.whatIf.tornadoDesc')}</p>
      {sensitivity && (
        <figure className="decision-chart" aria-label={t('decision.whatIf.sensitivityTitle')}>
          <BarChart
            width={760}
            height={Math.max(160, 34 * bars.length + 40)}
            data={bars}
            layout="vertical"
            barGap={-18}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" tickFormatter={(v: number) => formatCentsWhole(v)} fontSize={11} />
            <YAxis type="category" dataKey="label" width={280} fontSize={11} />
            <Tooltip formatter={(v) => formatCents(Number(v))} />
            <ReferenceLine x={0} stroke="#333" />
            <Bar
              dataKey="low"
              name={t('decision.whatIf.low')}
              fill="#2f8fbf"
              barSize={18}
              isAnimationActive={false}
            />
            <Bar
              dataKey="high"
              name={t('decision.whatIf.high')}
              fill="#a4161a"
              barSize={18}
              isAnimationActive={false}
            />
          </BarChart>
          <table className="decision-tornado-table" data-testid="tornado-table">
            <thead>
              <tr>
                <th scope="col">{t('decision.whatIf.levers')}</th>
                <th scope="col" className="num">
                  {t('decision.whatIf.low')}
                </th>
                <th scope="col" className="num">
                  {t('decision.whatIf.high')}
                </th>
                <th scope="col" className="num">
                  {t('decision.whatIf.swing')}
                </th>
              </tr>
            </thead>
            <tbody>
              {bars.map((b) => (
                <tr key={b.key}>
                  <th scope="row">{b.label}</th>
                  <td className="num">{formatCents(b.low)}</td>
                  <td className="num">{formatCents(b.high)}</td>
                  <td className="num">{formatCents(b.swing)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <figcaption className="muted">
            {formatCents(sensitivity.baseCents)} — {t(`decision.whatIf.measures.${whatIf.measure}`)}
          </figcaption>
        </figure>
      )}
      <h4>{t('decision.whatIf.thresholdsTitle')}</h4>
      {(nowOverloaded.length > 0 || nowBlocking.length > 0) && (
        <ul className="field-error" data-testid="thresholds-now">
          {nowOverloaded.map((c) => (
            <li key={c.carerId}>
              {t('whatIfInput.overloadedNow', {
                name: labels.carer(c.carerId),
                hours: formatNumber(c.hoursPerWeek),
                capacity: formatNumber(c.capacityHoursPerWeek),
              })}
            </li>
          ))}
          {nowBlocking.map((g, i) => (
            <li key={i}>{t('whatIfInput.blockingNow', { finding: labels.finding(g.finding) })}</li>
          ))}
        </ul>
      )}
      {thresholds.length === 0 ? (
        <p>
          {nowOverloaded.length > 0 || nowBlocking.length > 0
            ? t('whatIfInput.noNewThresholds')
            : t('decision.whatIf.noThresholds')}
        </p>
      ) : (
        <ul data-testid="thresholds">
          {thresholds.map((c, i) => (
            <li key={i}>
              {c.kind === 'carer-overloaded'
                ? t('decision.whatIf.thresholdCarer', {
                    name: labels.carer(c.carerId),
                    value: isMoneyLever(c.lever) ? formatCents(c.value) : formatLeverValue(c.value),
                    lever: labels.lever(c.lever),
                  })
                : t('decision.whatIf.thresholdBlocking', {
                    rule: labels.rule(c.ruleId),
                    value: formatLeverValue(c.value),
                    lever: labels.lever(c.lever),
                  })}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
})
