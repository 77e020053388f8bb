import { useTranslation } from 'react-i18next'

// Placeholder: owned by the workspace work; replaced by the real screen.
export function NetworkTab() {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="network-tab-title">
      <h2 id="network-tab-title">{t('caseTabs.network')}</h2>
      <p>{t('common.comingSoon')}</p>
    </section>
  )
}
