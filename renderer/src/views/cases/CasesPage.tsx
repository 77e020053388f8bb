import { useTranslation } from 'react-i18next'

// Placeholder: owned by the workspace work; replaced by the real screen.
export function CasesPage() {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="cases-page-title">
      <h2 id="cases-page-title">{t('nav.cases')}</h2>
      <p>{t('common.comingSoon')}</p>
    </section>
  )
}
