import { useState } from 'react'
import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { useStores } from '../../stores/store-context'
import { DEMO_SIZES, type DemoSize } from '../../stores/portfolio-store'
import { formatNumber } from '../../format/format'
import { messageText } from '../common/message-text'
import { runFailureMessage } from './run-failure'

/** Filling the portfolio: the synthetic demo portfolio and the import of many case files at once. */
export const PortfolioDataPanel = observer(function PortfolioDataPanel() {
  const { t } = useTranslation()
  const { portfolio } = useStores()
  const [size, setSize] = useState<DemoSize>(DEMO_SIZES[0])
  const progress = portfolio.importProgress
  const report = portfolio.importReport
  // A failure of the whole run (a full disk) comes as an entry without a file name: it is said as
  // what stopped the run, not counted as a refused file (before: "1 file refused:" with no name).
  const runFailures = report?.refused.filter((r) => r.name === '') ?? []
  const refusedFiles = report?.refused.filter((r) => r.name !== '') ?? []

  const onFiles = async (list: FileList | null) => {
    if (!list || list.length === 0) return
    // Sizes are checked by the store before any file is read.
    await portfolio.importPendingFiles(
      Array.from(list).map((f) => ({ name: f.name, size: f.size, read: () => f.text() })),
    )
  }

  return (
    <section className="card" aria-labelledby="portfolio-data-title">
      <h2 id="portfolio-data-title">{t('portfolio.data.title')}</h2>
      <p className="help">{t('portfolio.data.local')}</p>
      <div className="portfolio-data-grid">
        <div>
          <h3>{t('portfolio.data.demoTitle')}</h3>
          <p className="help">{t('portfolio.data.demoHelp')}</p>
          <fieldset className="radio-row">
            <legend>{t('portfolio.data.size')}</legend>
            {DEMO_SIZES.map((s) => (
              <label key={s}>
                <input
                  type="radio"
                  name="demo-size"
                  value={s}
                  checked={size === s}
                  onChange={() => setSize(s)}
                />
                {formatNumber(s)}
              </label>
            ))}
          </fieldset>
          <button
            type="button"
            className="primary"
            disabled={portfolio.addingBlocked}
            onClick={() => void portfolio.generateDemo(size)}
          >
            {t('portfolio.data.generate')}
          </button>
        </div>
        <div>
          <h3>{t('portfolio.data.importTitle')}</h3>
          <p className="help">{t('portfolio.data.importHelp')}</p>
          <label htmlFor="portfolio-import-files">{t('portfolio.data.importLabel')}</label>{' '}
          <input
            id="portfolio-import-files"
            type="file"
            multiple
            accept=".json,application/json"
            disabled={portfolio.addingBlocked}
            onChange={(e) => {
              const input = e.currentTarget
              void onFiles(input.files).finally(() => {
                input.value = ''
              })
            }}
          />
        </div>
      </div>
      {progress && (
        <div role="status" className="portfolio-progress">
          <label htmlFor="portfolio-import-progress">
            {t(progress.kind === 'demo' ? 'portfolio.data.progressDemo' : 'portfolio.data.progressFiles', {
              done: formatNumber(progress.done),
              total: formatNumber(progress.total),
            })}
          </label>
          <progress id="portfolio-import-progress" max={progress.total} value={progress.done} />
          {progress.kind === 'demo' &&
            (portfolio.demoStopping ? (
              <span> {t('portfolio.data.stoppingDemo')}</span>
            ) : (
              <>
                {' '}
                <button type="button" onClick={() => portfolio.stopDemo()}>
                  {t('portfolio.data.stopDemo')}
                </button>
              </>
            ))}
        </div>
      )}
      {report && (
        <div className="import-report" role="status" aria-labelledby="import-report-title">
          <h3 id="import-report-title">{t('portfolio.data.reportTitle')}</h3>
          {runFailures.flatMap((r) =>
            r.problems.map((p, i) => (
              <p key={`failure-${i}`} role="alert" className="notice notice-error">
                {messageText(runFailureMessage(report, p.message), t)}
              </p>
            )),
          )}
          <p>{t('portfolio.data.imported', { count: report.imported })}</p>
          {report.stopped ? (
            <p>
              {t('portfolio.data.demoStopped', {
                done: formatNumber(report.imported),
                total: formatNumber(report.requested ?? report.imported),
              })}
            </p>
          ) : null}
          {report.alreadyPresent ? (
            <p>{t('data.import.alreadyPresent', { count: report.alreadyPresent })}</p>
          ) : null}
          {report.changed ? (
            <p>
              {t('data.import.changed', { count: report.changed })}{' '}
              <button
                type="button"
                disabled={portfolio.addingBlocked}
                onClick={() => void portfolio.importChangedAsCopies()}
              >
                {t('data.import.importChangedAsCopies')}
              </button>
            </p>
          ) : null}
          {refusedFiles.length === 0 ? (
            runFailures.length === 0 ? (
              <p>{t('portfolio.data.refusedNone')}</p>
            ) : null
          ) : (
            <>
              <p>{t('portfolio.data.refused', { count: refusedFiles.length })}</p>
              <ul className="refused-files">
                {refusedFiles.map((r, i) => (
                  <li key={`${r.name}-${i}`}>
                    <strong>{r.name}</strong>
                    <ul>
                      {r.problems.slice(0, 10).map((p, j) => (
                        <li key={j}>
                          {p.path ? <code>{p.path}</code> : null} {messageText(p.message, t)}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </>
          )}
          <button type="button" onClick={() => portfolio.dismissImportReport()}>
            {t('portfolio.data.dismiss')}
          </button>
        </div>
      )}
    </section>
  )
})
