import { useTranslation } from 'react-i18next'

// Placeholder: owned by the decision-support work; replaced by the real screen.
export function CompareTab() {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="compare-tab-title">
      <h2 id="compare-tab-title">{t('caseTabs.compare')}</h2>
      <p>{t('common.comingSoon')}</p>
    </section>
  )
}
