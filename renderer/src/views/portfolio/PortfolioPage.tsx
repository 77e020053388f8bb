import { useTranslation } from 'react-i18next'

// Placeholder: owned by the portfolio work; replaced by the real screen.
export function PortfolioPage() {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="portfolio-page-title">
      <h2 id="portfolio-page-title">{t('nav.portfolio')}</h2>
      <p>{t('common.comingSoon')}</p>
    </section>
  )
}
