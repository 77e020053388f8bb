import { useId, useState } from 'react'
import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Text,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import type { Household, Scenario } from '#shared/domain/types'
import type { CarerLoadRow, CumulativeRow, StackedCostRow } from '#shared/decision/chart-data'
import { CASH_PAYERS } from '#shared/decision/payers'
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
/**
 * A carer's hours and her capacity are told apart by colour and by style: hours a solid line with
 * dots, capacity a thicker dashed line in a colour of its own (drawn on top, so equal values still
 * show both). No two lines of one chart share a colour.
 */
const CARER_HOURS_COLOURS = ['#00598a', '#2b6a2f', '#6b4fa0', '#1f6f78', '#5c4033']
const CARER_CAPACITY_COLOURS = ['#d95f02', '#a4161a', '#b8860b', '#c51b7d', '#555555']
const CHART_HEIGHT = 300
/** Room per bar of the stacked chart, so its two-line label (scenario, year) never overlaps the next. */
const MIN_BAR_BAND = 96
const Y_AXIS_WIDTH = 90

const centsTick = (value: number) => formatCentsWhole(value)

/** A bar's label under the axis: the year, and below it the scenario name wrapped to the bar's width. */
function BarTick({
  x,
  y,
  payload,
  width,
  visibleTicksCount,
}: {
  x?: number
  y?: number
  payload?: { value?: string }
  width?: number
  visibleTicksCount?: number
}) {
  const [name = '', year = ''] = String(payload?.value ?? '').split('\u0000')
  const band = Math.max(MIN_BAR_BAND, (width ?? 0) / Math.max(1, visibleTicksCount ?? 1))
  return (
    <g>
      <Text x={x} y={y} dy={4} textAnchor="middle" verticalAnchor="start" fontSize={11} fontWeight={600}>
        {year}
      </Text>
      <Text
        x={x}
        y={y}
        dy={20}
        width={band - 8}
        textAnchor="middle"
        verticalAnchor="start"
        fontSize={11}
        lineHeight={13}
      >
        {name}
      </Text>
    </g>
  )
}

/** Stacked cash cost per payer, one bar per scenario and year. */
export function StackedCostChart({ rows }: { rows: StackedCostRow[] }) {
  const { t } = useTranslation()
  const payers = CASH_PAYERS.filter((p) => rows.some((r) => r[p] > 0))
  const minWidth = rows.length * MIN_BAR_BAND + Y_AXIS_WIDTH + 20
  return (
    <figure className="decision-chart" aria-labelledby="stacked-title">
      <figcaption id="stacked-title">
        <strong>{t('decision.compare.stackedTitle')}</strong> — {t('decision.compare.stackedDesc')}
      </figcaption>
      {/* Wide enough for every bar's label; the figure scrolls only for very many scenario-years. */}
      <ResponsiveContainer width="100%" height={CHART_HEIGHT + 30} minWidth={minWidth}>
        <BarChart data={rows.map((r) => ({ ...r, label: `${r.scenarioName}\u0000${r.year}` }))}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" interval={0} height={64} tick={<BarTick />} />
          <YAxis tickFormatter={centsTick} width={Y_AXIS_WIDTH} fontSize={11} />
          <Tooltip
            formatter={(v) => formatCentsWhole(Number(v))}
            labelFormatter={(label) => String(label).replace('\u0000', ' ')}
          />
          <Legend />
          {payers.map((p) => (
            <Bar
              key={p}
              dataKey={p}
              stackId="cost"
              // The payer's label of the cost table above it (money.payers), so chart and table agree.
              name={t(`money.payers.${p}`)}
              fill={PAYER_COLOURS[p] ?? '#999'}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
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
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <LineChart data={rows}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="month"
            tickFormatter={(m: string) => formatYearMonth(m)}
            fontSize={11}
            minTickGap={16}
          />
          <YAxis tickFormatter={centsTick} width={Y_AXIS_WIDTH} fontSize={11} />
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
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
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
  // Without a carer's hours the chart would be empty axes; say why instead.
  const emptyKey =
    household.carers.length === 0 ? 'decision.compare.carerLoadNoCarers' : 'decision.compare.carerLoadNoHours'
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
      {carers.length === 0 ? (
        <p className="empty-state" data-testid="carer-load-empty">
          {t(emptyKey)}
        </p>
      ) : (
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <LineChart data={rows}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              dataKey="month"
              tickFormatter={(m: string) => formatYearMonth(m)}
              fontSize={11}
              minTickGap={16}
            />
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
                name={t('decision.compare.hours', { name: c.name })}
                stroke={CARER_HOURS_COLOURS[i % CARER_HOURS_COLOURS.length]}
                strokeWidth={2}
                dot={{ r: 2 }}
                legendType="line"
                isAnimationActive={false}
              />,
              <Line
                key={`${c.id}:capacity`}
                dataKey={`${c.id}:capacity`}
                name={t('decision.compare.capacity', { name: c.name })}
                stroke={CARER_CAPACITY_COLOURS[i % CARER_CAPACITY_COLOURS.length]}
                strokeWidth={3}
                strokeDasharray="8 5"
                dot={false}
                legendType="plainline"
                isAnimationActive={false}
              />,
              ...(c.hoursGivenTodayPerWeek == null
                ? []
                : [
                    <Line
                      key={`${c.id}:today`}
                      dataKey={`${c.id}:today`}
                      name={t('carerForm.todayLine', { name: c.name })}
                      stroke={CARER_HOURS_COLOURS[i % CARER_HOURS_COLOURS.length]}
                      strokeWidth={1.5}
                      strokeDasharray="1 3"
                      dot={false}
                      legendType="line"
                      isAnimationActive={false}
                    />,
                  ]),
            ])}
          </LineChart>
        </ResponsiveContainer>
      )}
    </figure>
  )
})
