import { useTranslation } from 'react-i18next'

// Placeholder: owned by the portfolio work; replaced by the real screen.
export function CataloguePage() {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="catalogue-page-title">
      <h2 id="catalogue-page-title">{t('nav.catalogue')}</h2>
      <p>{t('common.comingSoon')}</p>
    </section>
  )
}
