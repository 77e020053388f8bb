import { useTranslation } from 'react-i18next'

// Placeholder: owned by the reports work; replaced by the real screen.
export function PlanTab() {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="plan-tab-title">
      <h2 id="plan-tab-title">{t('caseTabs.plan')}</h2>
      <p>{t('common.comingSoon')}</p>
    </section>
  )
}
