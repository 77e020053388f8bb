import { useTranslation } from 'react-i18next'

// Placeholder: portfolio export to XLSX/CSV (owned by the reports work); embedded by the portfolio page.
export function PortfolioExportButton() {
  const { t } = useTranslation()
  return <p>{t('common.comingSoon')}</p>
}
