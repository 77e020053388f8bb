import { useTranslation } from 'react-i18next'

// Placeholder: owned by the workspace work; replaced by the real screen.
export function NeedsTab() {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="needs-tab-title">
      <h2 id="needs-tab-title">{t('caseTabs.needs')}</h2>
      <p>{t('common.comingSoon')}</p>
    </section>
  )
}
