import { useTranslation } from 'react-i18next'

// Placeholder: owned by the reports work; replaced by the real screen.
export function BackupSettings() {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="backup-settings-title">
      <h2 id="backup-settings-title">{t('settings.backups')}</h2>
      <p>{t('common.comingSoon')}</p>
    </section>
  )
}
