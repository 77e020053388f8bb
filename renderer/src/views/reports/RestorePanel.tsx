import { useTranslation } from 'react-i18next'

// Placeholder: restoring a backup (owned by the reports/backups work); embedded by the recovery screen.
export function RestorePanel() {
  const { t } = useTranslation()
  return <p>{t('common.comingSoon')}</p>
}
