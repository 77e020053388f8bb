import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { useStores } from '../../stores/store-context'
import type { PortfolioRow } from '../../reports/portfolio-export'
import { StatusLine } from '../common/StatusLine'

/**
 * Exports the portfolio (per budget line, month and household) as XLSX or CSV. The portfolio page
 * passes the plain rows it already computed; amounts are integer cents. Households are numbered
 * unless the user opts in to their names.
 */
export const PortfolioExportButton = observer(function PortfolioExportButton({
  rows,
  title,
}: {
  rows: PortfolioRow[]
  title?: string
}) {
  const { t } = useTranslation()
  const { reports } = useStores()
  return (
    <div className="portfolio-export">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={reports.portfolioIncludeLabels}
          onChange={(e) => reports.setPortfolioIncludeLabels(e.target.checked)}
          aria-describedby="portfolio-include-labels-help"
        />{' '}
        {t('exportIdentity.portfolioIncludeLabels')}
      </label>
      <p id="portfolio-include-labels-help" className="help">
        {t('exportIdentity.portfolioIncludeLabelsHelp')}
      </p>
      <div className="button-row" role="group" aria-label={t('reports.ui.portfolioExport')}>
        <button
          type="button"
          disabled={reports.busy || rows.length === 0}
          onClick={() => void reports.exportPortfolio(rows, 'xlsx', title)}
        >
          {t('reports.ui.portfolioExport')}: {t('reports.ui.xlsx')}
        </button>
        <button
          type="button"
          disabled={reports.busy || rows.length === 0}
          onClick={() => void reports.exportPortfolio(rows, 'csv', title)}
        >
          {t('reports.ui.portfolioExport')}: {t('reports.ui.csv')}
        </button>
      </div>
      <StatusLine status={reports.status} />
    </div>
  )
})
