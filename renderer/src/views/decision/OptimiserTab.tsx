import { useTranslation } from 'react-i18next'

// Placeholder: owned by the decision-support work; replaced by the real screen.
export function OptimiserTab() {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="optimiser-tab-title">
      <h2 id="optimiser-tab-title">{t('caseTabs.optimiser')}</h2>
      <p>{t('common.comingSoon')}</p>
    </section>
  )
}
