import { useTranslation } from 'react-i18next'

// Placeholder: owned by the workspace work; replaced by the real screen.
export function HouseholdTab() {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="household-tab-title">
      <h2 id="household-tab-title">{t('caseTabs.household')}</h2>
      <p>{t('common.comingSoon')}</p>
    </section>
  )
}
