import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { useStores } from '../../stores/store-context'
import { formatCents, formatDate } from '../../format/format'

/** Tariff-table import: choose a CSV/XLSX file, see every row checked, apply only a fully valid file. */
export const TariffImport = observer(function TariffImport() {
  const { t } = useTranslation()
  const { municipality } = useStores()
  const preview = municipality.importPreview
  return (
    <section className="card" aria-labelledby="tariff-import-title">
      <h2 id="tariff-import-title">{t('portfolio.catalogue.import.title')}</h2>
      <p className="help">{t('portfolio.catalogue.import.help')}</p>
      <label htmlFor="tariff-import-file">{t('portfolio.catalogue.import.file')}</label>{' '}
      <input
        id="tariff-import-file"
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(e) => {
          const input = e.currentTarget
          const file = input.files?.[0]
          if (!file) return
          void file
            .arrayBuffer()
            .then((buffer) => municipality.previewTariffFile(file.name, buffer))
            .finally(() => {
              input.value = ''
            })
        }}
      />
      {preview && (
        <div className="tariff-import-preview" aria-labelledby="tariff-preview-title">
          <h3 id="tariff-preview-title">
            {t('portfolio.catalogue.import.previewTitle', { file: preview.fileName })}
          </h3>
          {preview.unreadable ? (
            <p role="alert" className="notice notice-error">
              {t('portfolio.catalogue.import.unreadable')}
            </p>
          ) : preview.result.ok ? (
            <>
              <p role="status">
                {t('portfolio.catalogue.import.valid', { count: preview.result.rows.length })}
              </p>
              <table>
                <caption className="visually-hidden">
                  {t('portfolio.catalogue.import.previewTitle', { file: preview.fileName })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('portfolio.catalogue.import.row')}</th>
                    <th scope="col">{t('portfolio.catalogue.provision')}</th>
                    <th scope="col">{t('portfolio.catalogue.form')}</th>
                    <th scope="col" className="num">
                      {t('portfolio.catalogue.rate')}
                    </th>
                    <th scope="col">{t('portfolio.catalogue.from')}</th>
                    <th scope="col">{t('portfolio.catalogue.to')}</th>
                    <th scope="col">{t('portfolio.catalogue.source')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.result.rows.map(({ row, entry }) => (
                    <tr key={row}>
                      <td>{row}</td>
                      <td>{entry.provisionId}</td>
                      <td>{t(`portfolio.catalogue.deliveryForms.${entry.deliveryForm}`)}</td>
                      <td className="num">{formatCents(entry.rateCents)}</td>
                      <td>{formatDate(entry.from)}</td>
                      <td>{entry.to ? formatDate(entry.to) : t('portfolio.catalogue.openEnded')}</td>
                      <td>{entry.source}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : (
            <>
              <p role="alert" className="notice notice-error">
                {t('portfolio.catalogue.import.invalid', { count: preview.result.errors.length })}
              </p>
              <table className="import-errors">
                <caption className="visually-hidden">
                  {t('portfolio.catalogue.import.invalid', { count: preview.result.errors.length })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('portfolio.catalogue.import.row')}</th>
                    <th scope="col">{t('portfolio.catalogue.import.column')}</th>
                    <th scope="col">{t('portfolio.catalogue.import.problem')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.result.errors.map((error, i) => (
                    <tr key={i} data-row={error.row}>
                      <td>{error.row > 0 ? error.row : '—'}</td>
                      <td>{error.column ?? '—'}</td>
                      <td>{t(`portfolio.catalogue.import.errors.${error.code}`, error.params)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          <div className="button-row">
            <button
              type="button"
              className="primary"
              disabled={!preview.result.ok || municipality.saving}
              onClick={() => void municipality.applyTariffImport()}
            >
              {t('portfolio.catalogue.import.apply')}
            </button>
            <button type="button" onClick={() => municipality.cancelTariffImport()}>
              {t('portfolio.catalogue.import.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  )
})
