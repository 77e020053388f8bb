import { useId, useState } from 'react'
import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import type { Household, Scenario } from '../../../../shared/domain/types'
import type { CarerLoadRow, CumulativeRow, StackedCostRow } from '../../../../shared/decision/chart-data'
import { CASH_PAYERS } from '../../../../shared/decision/payers'
import { formatCentsWhole, formatNumber, formatYearMonth } from '../../format/format'

const PAYER_COLOURS: Record<string, string> = {
  'gemeente-wmo': '#00598a',
  'gemeente-jeugd': '#2f8fbf',
  'gemeente-participatie': '#6fb3d9',
  'gemeente-bijstand': '#a9d2ea',
  client: '#8a5a00',
  wlz: '#2b6a2f',
  zvw: '#6a9b3f',
  svb: '#6b4fa0',
}
const SERIES_COLOURS = ['#00598a', '#a4161a', '#2b6a2f', '#6b4fa0', '#8a5a00']
const CHART_WIDTH = 760
const CHART_HEIGHT = 280

const centsTick = (value: number) => formatCentsWhole(value)

/** Stacked cash cost per payer, one bar per scenario and year. */
export function StackedCostChart({ rows }: { rows: StackedCostRow[] }) {
  const { t } = useTranslation()
  const payers = CASH_PAYERS.filter((p) => rows.some((r) => r[p] > 0))
  return (
    <figure className="decision-chart" aria-labelledby="stacked-title">
      <figcaption id="stacked-title">
        <strong>{t('decision.compare.stackedTitle')}</strong> — {t('decision.compare.stackedDesc')}
      </figcaption>
      <BarChart
        width={CHART_WIDTH}
        height={CHART_HEIGHT}
        data={rows.map((r) => ({ ...r, label: `${r.scenarioName} ${r.year}` }))}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" fontSize={10} interval={0} angle={-20} textAnchor="end" height={60} />
        <YAxis tickFormatter={centsTick} width={90} fontSize={11} />
        <Tooltip formatter={(v) => formatCentsWhole(Number(v))} />
        <Legend />
        {payers.map((p) => (
          <Bar
            key={p}
            dataKey={p}
            stackId="cost"
            name={t(`decision.rows.${p}`)}
            fill={PAYER_COLOURS[p] ?? '#999'}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </figure>
  )
}

export function CumulativeChart({ rows, scenarios }: { rows: CumulativeRow[]; scenarios: Scenario[] }) {
  const { t } = useTranslation()
  return (
    <figure className="decision-chart" aria-labelledby="cumulative-title">
      <figcaption id="cumulative-title">
        <strong>{t('decision.compare.cumulativeTitle')}</strong>
      </figcaption>
      <LineChart width={CHART_WIDTH} height={CHART_HEIGHT} data={rows}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="month" tickFormatter={(m: string) => formatYearMonth(m)} fontSize={11} />
        <YAxis tickFormatter={centsTick} width={90} fontSize={11} />
        <Tooltip
          formatter={(v) => formatCentsWhole(Number(v))}
          labelFormatter={(m) => formatYearMonth(String(m))}
        />
        <Legend />
        {scenarios.map((s, i) => (
          <Line
            key={s.id}
            dataKey={s.id}
            name={s.name}
            stroke={SERIES_COLOURS[i % SERIES_COLOURS.length]}
            dot={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </figure>
  )
}

export const CarerLoadChart = observer(function CarerLoadChart({
  household,
  scenarios,
  loads,
}: {
  household: Household
  scenarios: Scenario[]
  loads: { scenarioId: string; rows: CarerLoadRow[] }[]
}) {
  const { t } = useTranslation()
  const [scenarioId, setScenarioId] = useState(scenarios[0]?.id ?? '')
  const selectId = useId()
  const rows = loads.find((l) => l.scenarioId === scenarioId)?.rows ?? loads[0]?.rows ?? []
  const carers = household.carers.filter((c) => rows.some((r) => Number(r[c.id] ?? 0) > 0))
  return (
    <figure className="decision-chart" aria-labelledby="carer-load-title">
      <figcaption id="carer-load-title">
        <strong>{t('decision.compare.carerLoadTitle')}</strong>
      </figcaption>
      <label htmlFor={selectId}>{t('decision.compare.carerLoadScenario')}</label>{' '}
      <select id={selectId} value={scenarioId} onChange={(e) => setScenarioId(e.target.value)}>
        {scenarios.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      <LineChart width={CHART_WIDTH} height={CHART_HEIGHT} data={rows}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="month" tickFormatter={(m: string) => formatYearMonth(m)} fontSize={11} />
        <YAxis width={50} fontSize={11} tickFormatter={(v: number) => formatNumber(v)} />
        <Tooltip
          formatter={(v) => formatNumber(Number(v))}
          labelFormatter={(m) => formatYearMonth(String(m))}
        />
        <Legend />
        {carers.flatMap((c, i) => [
          <Line
            key={c.id}
            dataKey={c.id}
            name={c.name}
            stroke={SERIES_COLOURS[i % SERIES_COLOURS.length]}
            dot={false}
            isAnimationActive={false}
          />,
          <Line
            key={`${c.id}:capacity`}
            dataKey={`${c.id}:capacity`}
            name={t('decision.compare.capacity', { name: c.name })}
            stroke={SERIES_COLOURS[i % SERIES_COLOURS.length]}
            strokeDasharray="6 4"
            dot={false}
            isAnimationActive={false}
          />,
          ...(c.hoursGivenTodayPerWeek == null
            ? []
            : [
                <Line
                  key={`${c.id}:today`}
                  dataKey={`${c.id}:today`}
                  name={t('carerForm.todayLine', { name: c.name })}
                  stroke={SERIES_COLOURS[i % SERIES_COLOURS.length]}
                  strokeDasharray="1 3"
                  dot={false}
                  isAnimationActive={false}
                />,
              ]),
        ])}
      </LineChart>
    </figure>
  )
})
