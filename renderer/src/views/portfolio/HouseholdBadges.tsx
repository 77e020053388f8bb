import { useTranslation } from 'react-i18next'
import type { HouseholdRow } from '../../workers/portfolio-protocol'

/** Marks a household as synthetic, pseudonymised, imported or still without a chosen scenario. */
export function HouseholdBadges({
  row,
}: {
  row: Pick<HouseholdRow, 'choice' | 'synthetic' | 'pseudonymised' | 'imported'>
}) {
  const { t } = useTranslation()
  return (
    <>
      {row.choice !== 'chosen' && <span className="badge sev-warning">{t('portfolio.badges.fallback')}</span>}
      {row.synthetic && <span className="badge">{t('portfolio.badges.synthetic')}</span>}
      {row.pseudonymised && <span className="badge">{t('portfolio.badges.pseudonymised')}</span>}
      {row.imported && !row.synthetic && <span className="badge">{t('portfolio.badges.imported')}</span>}
    </>
  )
}
