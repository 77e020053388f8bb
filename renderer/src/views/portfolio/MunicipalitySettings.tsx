import { useTranslation } from 'react-i18next'

// Placeholder: owned by the portfolio work; replaced by the real screen.
export function MunicipalitySettings() {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="municipality-settings-title">
      <h2 id="municipality-settings-title">{t('settings.municipality')}</h2>
      <p>{t('common.comingSoon')}</p>
    </section>
  )
}
