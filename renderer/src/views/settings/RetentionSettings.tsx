import { useEffect, useState } from 'react'
import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { useStores } from '../../stores/store-context'
import type { RetentionRow } from '../../stores/retention-store'
import {
  JEUGDWET_RETENTION_YEARS,
  NO_PROVISION_RETENTION_YEARS,
  WMO_RETENTION_YEARS,
} from '#shared/parameters/retention'
import { entryAt } from '#shared/parameters/series'
import type { RetentionCategory } from '#shared/case-flow/retention'
import { formatDate } from '../../format/format'
import { formatCitation, formatSourceCitation } from '../../format/citation'
import { ConfirmTarget } from '../common/ConfirmDialog'
import { RowTable } from '../common/RowTable'
import { messageText } from '../common/message-text'

const TERMS: [RetentionCategory, typeof WMO_RETENTION_YEARS][] = [
  ['wmo', WMO_RETENTION_YEARS],
  ['jeugdwet', JEUGDWET_RETENTION_YEARS],
  ['no-provision', NO_PROVISION_RETENTION_YEARS],
]

/**
 * Settings → retention (issue 12 item 9): the terms with their sources, the closed cases past their
 * retention date (erased only after confirmation) and those still kept. Its own section, apart from
 * the backup and key settings.
 */
export const RetentionSettings = observer(function RetentionSettings() {
  const { t } = useTranslation()
  const { retention, startup } = useStores()
  const [confirming, setConfirming] = useState<RetentionRow[] | null>(null)
  useEffect(() => {
    void retention.load()
  }, [retention])
  const today = retention.today
  const due = retention.due
  return (
    <section aria-labelledby="retention-title" className="card retention-settings">
      <h2 id="retention-title">{t('retention.title')}</h2>
      <p className="help">{t('retention.body')}</p>
      <h3>{t('retention.termsTitle')}</h3>
      <ul className="retention-terms">
        {TERMS.map(([category, series]) => {
          const entry = entryAt(series, today)
          return (
            <li key={category}>
              <strong>{t(`retention.categories.${category}`)}</strong>:{' '}
              {t('retention.term', { years: entry.value })}{' '}
              <span className="help">
                ({entry.citation ? formatSourceCitation(entry.citation, t) : formatCitation(entry.source, t)})
              </span>{' '}
              {entry.verified === false && (
                <span className="badge sev-warning">{t('retention.unverified')}</span>
              )}
            </li>
          )
        })}
      </ul>
      <p className="help">{t('retention.unverifiedHelp')}</p>
      <p className="help">{t('retention.backupsNote')}</p>

      <h3 id="retention-due-title">{t('retention.dueTitle')}</h3>
      {retention.rows === null ? (
        <p>{t('retention.loading')}</p>
      ) : due.length === 0 ? (
        <p className="empty-state">{t('retention.noneDue')}</p>
      ) : (
        <>
          <RetentionTable
            rows={due}
            labelledBy="retention-due-title"
            onErase={startup.readOnly || retention.busy ? null : (row) => setConfirming([row])}
          />
          {!startup.readOnly && (
            <div className="button-row">
              <button
                type="button"
                className="danger"
                disabled={retention.busy}
                onClick={() => setConfirming(due)}
              >
                {t('retention.eraseAll', { count: due.length })}
              </button>
            </div>
          )}
        </>
      )}
      {retention.status && (
        <p
          role={retention.status.kind === 'error' ? 'alert' : 'status'}
          className={retention.status.kind === 'error' ? 'field-error' : 'help'}
        >
          {messageText(retention.status.message, t)}
        </p>
      )}

      <h3 id="retention-kept-title">{t('retention.keptTitle')}</h3>
      {retention.rows !== null &&
        (retention.kept.length === 0 ? (
          <p className="empty-state">{t('retention.noneKept')}</p>
        ) : (
          <RetentionTable rows={retention.kept} labelledBy="retention-kept-title" onErase={null} />
        ))}

      <ConfirmTarget
        target={confirming}
        title={t('retention.confirmTitle')}
        confirmLabel={t('retention.confirm')}
        danger
        onClose={() => setConfirming(null)}
        onConfirm={(rows) => void retention.erase(rows.map((r) => r.householdId))}
        body={(rows) => (
          <>
            <p>{t('retention.confirmBody', { count: rows.length })}</p>
            <ul>
              {rows.map((r) => (
                <li key={r.householdId}>{r.label}</li>
              ))}
            </ul>
          </>
        )}
      />
    </section>
  )
})

function RetentionTable({
  rows,
  labelledBy,
  onErase,
}: {
  rows: RetentionRow[]
  labelledBy: string
  onErase: ((row: RetentionRow) => void) | null
}) {
  const { t } = useTranslation()
  return (
    <RowTable
      className="retention-table"
      labelledBy={labelledBy}
      actions={onErase !== null}
      columns={[
        { key: 'household', label: t('retention.columns.household') },
        { key: 'category', label: t('retention.columns.category') },
        { key: 'closedOn', label: t('retention.columns.closedOn') },
        { key: 'retainUntil', label: t('retention.columns.retainUntil') },
        { key: 'basis', label: t('retention.columns.basis') },
      ]}
    >
      {rows.map((row) => (
        <tr key={row.householdId}>
          <th scope="row">{row.label}</th>
          <td>
            {t(`retention.categories.${row.retention.category}`)} ·{' '}
            {t('retention.term', { years: row.retention.years })}
          </td>
          <td>{formatDate(row.retention.closedOn)}</td>
          <td>{formatDate(row.retention.retainUntil)}</td>
          <td>
            {row.retention.legalBasis.law}, {row.retention.legalBasis.article}
            {!row.retention.verified && (
              <>
                {' '}
                <span className="badge sev-warning">{t('retention.unverified')}</span>
              </>
            )}
          </td>
          {onErase && (
            <td>
              <button
                type="button"
                className="danger"
                aria-label={t('retention.eraseOneLabel', { name: row.label })}
                onClick={() => onErase(row)}
              >
                {t('retention.eraseOne')}
              </button>
            </td>
          )}
        </tr>
      ))}
    </RowTable>
  )
}
