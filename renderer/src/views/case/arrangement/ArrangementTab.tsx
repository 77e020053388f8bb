import { useTranslation } from 'react-i18next'

// Placeholder: owned by the workspace work; replaced by the real screen.
export function ArrangementTab() {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="arrangement-tab-title">
      <h2 id="arrangement-tab-title">{t('caseTabs.arrangement')}</h2>
      <p>{t('common.comingSoon')}</p>
    </section>
  )
}
