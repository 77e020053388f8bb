import { useState } from 'react'
import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import type { BudgetLine } from '#shared/domain/types'
import { BUDGET_LINES } from '#shared/portfolio'
import { useStores } from '../../stores/store-context'
import { formatCentsWhole, formatShare, formatYearMonth } from '../../format/format'
import { distributionChartRows, monthlyChartRows } from './chart-data'

const euro = (v: number) => formatCentsWhole(Math.round(v * 100))

/** Budget against forecast per month (bars: forecast; line: monthly budget; dashed: what-if). */
export const MonthlyChart = observer(function MonthlyChart() {
  const { t } = useTranslation()
  const { portfolio } = useStores()
  const [filter, setFilter] = useState<BudgetLine | 'all'>('all')
  const report = portfolio.report
  if (!report) return null
  const rows = monthlyChartRows(report.lines, report.whatIf?.lines ?? null, filter).map((r) => ({
    ...r,
    label: formatYearMonth(report.months[r.month] ?? ''),
  }))
  return (
    <section className="card" aria-labelledby="monthly-chart-title">
      <h2 id="monthly-chart-title">{t('portfolio.monthly.title')}</h2>
      <label htmlFor="monthly-chart-filter">{t('portfolio.monthly.filter')}</label>{' '}
      <select
        id="monthly-chart-filter"
        value={filter}
        onChange={(e) => setFilter(e.target.value as BudgetLine | 'all')}
      >
        <option value="all">{t('portfolio.monthly.all')}</option>
        {BUDGET_LINES.map((l) => (
          <option key={l} value={l}>
            {t(`portfolio.lines.${l}`)}
          </option>
        ))}
      </select>
      <div className="chart" role="img" aria-label={t('portfolio.monthly.chartLabel')}>
        <ResponsiveContainer width="100%" height={300}>
          <ComposedChart
            data={rows}
            margin={{ top: 10, right: 20, bottom: 0, left: 20 }}
            onClick={(state) => {
              const index = Number(state?.activeTooltipIndex ?? NaN)
              if (Number.isInteger(index)) void portfolio.drill(filter === 'all' ? null : filter, index)
            }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" />
            <YAxis tickFormatter={euro} width={90} />
            <Tooltip formatter={(v) => euro(Number(v))} />
            <Legend />
            <Bar
              dataKey="forecast"
              name={t('portfolio.monthly.forecast')}
              fill="#00598a"
              isAnimationActive={false}
            />
            <Bar
              dataKey="committed"
              name={t('portfolio.monthly.committed')}
              fill="#8cb8d2"
              isAnimationActive={false}
            />
            <Line
              dataKey="budget"
              name={t('portfolio.monthly.budgetPerMonth')}
              stroke="#a4161a"
              dot={false}
              strokeWidth={2}
              isAnimationActive={false}
            />
            {report.whatIf && (
              <Line
                dataKey="whatIf"
                name={t('portfolio.monthly.whatIf')}
                stroke="#f5a623"
                strokeDasharray="6 3"
                strokeWidth={2}
                isAnimationActive={false}
              />
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </section>
  )
})

/** Cost distribution across households; the most expensive 5% stand out. */
export const DistributionChart = observer(function DistributionChart() {
  const { t } = useTranslation()
  const { portfolio } = useStores()
  const report = portfolio.report
  if (!report) return null
  const { distribution } = report
  const rows = distributionChartRows(distribution.buckets)
  const share = formatShare(distribution.top5ShareOfTotal)
  return (
    <section className="card" aria-labelledby="distribution-title">
      <h2 id="distribution-title">{t('portfolio.distribution.title')}</h2>
      <p className="help">{t('portfolio.distribution.help')}</p>
      <p>
        <span className="legend-swatch top5" aria-hidden="true" />{' '}
        {t('portfolio.distribution.top5', { count: distribution.top5Count, share })}{' '}
        <span className="legend-swatch rest" aria-hidden="true" /> {t('portfolio.distribution.rest')}
      </p>
      <div className="chart" role="img" aria-label={t('portfolio.distribution.chartLabel')}>
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={rows} margin={{ top: 10, right: 20, bottom: 0, left: 20 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="rank" tick={false} />
            <YAxis tickFormatter={euro} width={90} />
            <Tooltip
              formatter={(v) => [euro(Number(v)), t('portfolio.distribution.mean')]}
              labelFormatter={(_, payload) => {
                const row = payload?.[0]?.payload as { fromRank: number; toRank: number } | undefined
                return row ? t('portfolio.distribution.rank', { from: row.fromRank, to: row.toRank }) : ''
              }}
            />
            <Bar dataKey="mean" isAnimationActive={false}>
              {rows.map((r) => (
                <Cell key={r.rank} fill={r.top5 ? '#a4161a' : '#8cb8d2'} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </section>
  )
})
