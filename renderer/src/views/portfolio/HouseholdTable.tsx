import { Link } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { formatCents } from '../../format/format'
import type { HouseholdRow } from '../../workers/portfolio-protocol'
import { HouseholdBadges } from './HouseholdBadges'

/**
 * Households with their amount; each links into the case's arrangement. The amount is the
 * household's share of the forecast the table was opened from, so its column carries that figure's
 * own label (`amountKey`: the budget table's "Prognose" or "Prognose wat-als").
 */
export function HouseholdTable({
  rows,
  caption,
  amountKey,
}: {
  rows: readonly HouseholdRow[]
  caption: string
  amountKey: 'portfolio.table.forecast' | 'portfolio.table.whatIfForecast'
}) {
  const { t } = useTranslation()
  return (
    <table className="portfolio-households">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('portfolio.drill.household')}</th>
          <th scope="col">{t('portfolio.drill.scenario')}</th>
          <th scope="col" className="num">
            {t(amountKey)}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td>
              <Link
                to={`/cases/${encodeURIComponent(row.id)}/arrangement`}
                aria-label={t('portfolio.drill.open', { label: row.label })}
              >
                {row.label}
              </Link>{' '}
              <HouseholdBadges row={row} />
            </td>
            <td>{row.scenarioName ?? '—'}</td>
            <td className="num">{formatCents(row.cents)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
