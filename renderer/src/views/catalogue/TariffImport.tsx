import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { useStores } from '../../stores/store-context'
import { formatCents, formatDate, formatNumber } from '../../format/format'
import type { TariffEntry } from '#shared/domain/types'
import type { TariffImportPlan } from '#shared/portfolio'
import { getProvision } from '#shared/catalogue/provisions'

/** A provision's name in the user's language (the id only for a provision the catalogue lacks). */
function provisionName(t: TFunction, id: string): string {
  const provision = getProvision(id)
  return provision ? t(provision.labelKey, { defaultValue: id }) : id
}

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
      {municipality.lastImport && !preview && (
        <div className="notice notice-info" role="status">
          {t('portfolio.catalogue.import.undoTitle', { file: municipality.lastImport.fileName })}{' '}
          <button
            type="button"
            disabled={municipality.saving}
            onClick={() => void municipality.undoTariffImport()}
          >
            {t('portfolio.catalogue.import.undo')}
          </button>
        </div>
      )}
      {preview && (
        <div className="tariff-import-preview" aria-labelledby="tariff-preview-title">
          <h3 id="tariff-preview-title">
            {t('portfolio.catalogue.import.previewTitle', { file: preview.fileName })}
          </h3>
          {preview.tooLarge ? (
            <p role="alert" className="notice notice-error">
              {t(preview.tooLarge.key, preview.tooLarge.params)}
            </p>
          ) : preview.unreadable ? (
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
                      <td>{provisionName(t, entry.provisionId)}</td>
                      <td>{t(`portfolio.catalogue.deliveryForms.${entry.deliveryForm}`)}</td>
                      <td className="num">{formatCents(entry.rateCents)}</td>
                      <td>{formatDate(entry.from)}</td>
                      <td>{entry.to ? formatDate(entry.to) : t('portfolio.catalogue.openEnded')}</td>
                      <td>{entry.source}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {preview.plan && <ImportChanges plan={preview.plan} fileName={preview.fileName} />}
              {preview.plan && <ImportImpact />}
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
          {preview.confirming && preview.plan ? (
            <div className="notice notice-info" role="alertdialog" aria-labelledby="tariff-confirm-text">
              <p id="tariff-confirm-text">
                {t('portfolio.catalogue.import.confirm', { count: countChanges(preview.plan) })}
              </p>
              <div className="button-row">
                <button
                  type="button"
                  className="primary"
                  disabled={municipality.saving}
                  onClick={() => void municipality.applyTariffImport()}
                >
                  {t('portfolio.catalogue.import.confirmApply')}
                </button>
                <button type="button" onClick={() => municipality.cancelConfirmation()}>
                  {t('portfolio.catalogue.import.back')}
                </button>
              </div>
            </div>
          ) : (
            <div className="button-row">
              <button
                type="button"
                className="primary"
                disabled={!preview.result.ok || !preview.plan?.changesSomething || municipality.saving}
                onClick={() => municipality.askToApplyTariffImport()}
              >
                {t('portfolio.catalogue.import.apply')}
              </button>
              <button type="button" onClick={() => municipality.cancelTariffImport()}>
                {t('portfolio.catalogue.import.cancel')}
              </button>
            </div>
          )}
        </div>
      )}
    </section>
  )
})

function countChanges(plan: TariffImportPlan): number {
  return plan.groups.reduce((n, g) => n + g.changes.filter((c) => c.kind !== 'unchanged').length, 0)
}

function periodText(entry: TariffEntry, openEnded: string): string {
  return `${formatDate(entry.from)} – ${entry.to ? formatDate(entry.to) : openEnded}`
}

/** Per provision and delivery form: each period the import adds, replaces or ends. */
function ImportChanges({ plan, fileName }: { plan: TariffImportPlan; fileName: string }) {
  const { t } = useTranslation()
  const openEnded = t('portfolio.catalogue.openEnded')
  if (!plan.changesSomething) return <p role="status">{t('portfolio.catalogue.import.nothingChanges')}</p>
  return (
    <>
      <h4>{t('portfolio.catalogue.import.changesTitle')}</h4>
      <table className="tariff-import-changes">
        <caption className="visually-hidden">
          {t('portfolio.catalogue.import.changesCaption', { file: fileName })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('portfolio.catalogue.provision')}</th>
            <th scope="col">{t('portfolio.catalogue.form')}</th>
            <th scope="col">{t('portfolio.catalogue.import.period')}</th>
            <th scope="col">{t('portfolio.catalogue.import.change')}</th>
            <th scope="col" className="num">
              {t('portfolio.catalogue.import.oldRate')}
            </th>
            <th scope="col" className="num">
              {t('portfolio.catalogue.import.newRate')}
            </th>
          </tr>
        </thead>
        <tbody>
          {plan.groups.flatMap((group) =>
            group.changes.map((change, i) => {
              const shown = change.before ?? change.after[0]
              const isNew = change.kind === 'added' || change.kind === 'replaced'
              return (
                <tr key={`${group.provisionId}|${group.deliveryForm}|${i}`} data-kind={change.kind}>
                  <td>{provisionName(t, group.provisionId)}</td>
                  <td>{t(`portfolio.catalogue.deliveryForms.${group.deliveryForm}`)}</td>
                  <td>{shown ? periodText(shown, openEnded) : '—'}</td>
                  <td>
                    {t(`portfolio.catalogue.import.kinds.${change.kind}`)}
                    {change.kind === 'ended' &&
                      ` (${t('portfolio.catalogue.import.endedDetail', {
                        periods: change.after.map((e) => periodText(e, openEnded)).join('; '),
                      })})`}
                    {change.kind === 'replaced' &&
                      change.after.length > 0 &&
                      ` → ${change.after.map((e) => periodText(e, openEnded)).join('; ')}`}
                  </td>
                  <td className="num">{change.before ? formatCents(change.before.rateCents) : '—'}</td>
                  <td className="num">
                    {isNew ? change.after.map((e) => formatCents(e.rateCents)).join(' / ') : '—'}
                  </td>
                </tr>
              )
            }),
          )}
        </tbody>
      </table>
    </>
  )
}

/** The households the import reaches and the forecast per year and budget line before and after. */
const ImportImpact = observer(function ImportImpact() {
  const { t } = useTranslation()
  const { municipality, portfolio } = useStores()
  const impact = municipality.importPreview?.impact
  if (!impact || !municipality.importPreview?.plan?.changesSomething) return null
  const progress = portfolio.previewProgress
  return (
    <section aria-labelledby="tariff-impact-title">
      <h4 id="tariff-impact-title">{t('portfolio.catalogue.import.impactTitle')}</h4>
      {impact.status === 'computing' && (
        <p role="status">
          {progress
            ? t('portfolio.catalogue.import.impactProgress', {
                done: formatNumber(progress.done),
                total: formatNumber(progress.total),
              })
            : t('portfolio.catalogue.import.impactComputing')}
        </p>
      )}
      {impact.status === 'unavailable' && <p>{t('portfolio.catalogue.import.impactUnavailable')}</p>}
      {impact.status === 'ready' && impact.value && (
        <>
          <p role="status" className="tariff-impact-households">
            {t('portfolio.catalogue.import.impactHouseholds', {
              households: formatNumber(impact.value.households),
              considered: formatNumber(impact.value.considered),
            })}
          </p>
          {impact.value.years.length > 0 && (
            <table className="tariff-impact-forecast">
              <caption className="visually-hidden">{t('portfolio.catalogue.import.impactCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('portfolio.catalogue.import.year')}</th>
                  <th scope="col">{t('portfolio.table.line')}</th>
                  <th scope="col" className="num">
                    {t('portfolio.catalogue.import.before')}
                  </th>
                  <th scope="col" className="num">
                    {t('portfolio.catalogue.import.after')}
                  </th>
                  <th scope="col" className="num">
                    {t('portfolio.catalogue.import.difference')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {impact.value.years.flatMap((y) =>
                  y.lines
                    .filter((l) => l.beforeCents !== l.afterCents)
                    .map((l) => (
                      <tr key={`${y.year}-${l.line}`}>
                        <td>{y.year}</td>
                        <td>{t(`portfolio.lines.${l.line}`)}</td>
                        <td className="num">{formatCents(l.beforeCents)}</td>
                        <td className="num">{formatCents(l.afterCents)}</td>
                        <td className="num">{formatCents(l.afterCents - l.beforeCents)}</td>
                      </tr>
                    )),
                )}
              </tbody>
            </table>
          )}
          {impact.value.mostAffected.length > 0 && (
            <table className="tariff-impact-households-table">
              <caption>{t('portfolio.catalogue.import.affectedCaption')}</caption>
              <tbody>
                {impact.value.mostAffected.map((row) => (
                  <tr key={row.id}>
                    <td>{row.label}</td>
                    <td className="num">{formatCents(row.deltaCents)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  )
})
