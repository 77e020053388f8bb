import { useId, useState } from 'react'
import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { useStores } from '../../stores/store-context'
import { formatTimestamp } from '../../format/format'
import { StatusLine } from '../common/StatusLine'

/**
 * Restoring a backup: choose a file (or an automatic backup in the desktop app), enter the
 * passphrase, see what it holds, confirm, restore. Embedded by the recovery screen and the settings.
 */
export const RestorePanel = observer(function RestorePanel() {
  const { t, i18n } = useTranslation()
  const { backups, startup } = useStores()
  const [passphrase, setPassphrase] = useState('')
  const [confirmed, setConfirmed] = useState(false)
  const ids = { file: useId(), passphrase: useId(), confirm: useId(), title: useId() }
  const preview = backups.preview
  const tableLabel = (table: string) =>
    i18n.exists(`reports.backup.tableNames.${table}`) ? t(`reports.backup.tableNames.${table}`) : table

  return (
    <section aria-labelledby={ids.title} className="card restore-panel">
      <h2 id={ids.title}>{t('reports.backup.restoreTitle')}</h2>
      <p className="help">{t('reports.backup.restoreIntro')}</p>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault()
          setConfirmed(false)
          void backups.inspect(passphrase)
        }}
      >
        <label htmlFor={ids.file}>{t('reports.backup.chooseFile')}</label>
        <input
          id={ids.file}
          type="file"
          accept=".mwbackup,application/octet-stream"
          onChange={(event) => {
            const file = event.target.files?.[0]
            if (!file) return
            void file.arrayBuffer().then((buffer) => backups.setFile(file.name, new Uint8Array(buffer)))
          }}
        />
        <label htmlFor={ids.passphrase}>{t('reports.backup.passphrase')}</label>
        <input
          id={ids.passphrase}
          type="password"
          autoComplete="off"
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
        />
        <button type="submit" disabled={backups.busy !== 'idle' || !backups.chosenName || passphrase === ''}>
          {t('reports.backup.check')}
        </button>
      </form>
      {backups.chosenName ? <p>{t('reports.backup.chosenFile', { name: backups.chosenName })}</p> : null}
      {backups.supportsAutomatic && backups.automaticBackups.length > 0 ? (
        <details>
          <summary>{t('reports.backup.list')}</summary>
          <ul>
            {backups.automaticBackups.map((info) => (
              <li key={info.name}>
                {formatTimestamp(info.createdAt)}{' '}
                <button type="button" onClick={() => void backups.chooseAutomaticBackup(info.name)}>
                  {t('reports.backup.fromList')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {backups.busy === 'checking' ? <p role="status">{t('reports.backup.checking')}</p> : null}
      {backups.busy === 'restoring' ? <p role="status">{t('reports.backup.restoring')}</p> : null}
      {preview ? (
        <div className="backup-preview" aria-labelledby="backup-preview-title">
          <h3 id="backup-preview-title">{t('reports.backup.contents')}</h3>
          <p>
            <strong>{t('reports.backup.createdAt')}:</strong> {formatTimestamp(preview.header.createdAt)}
          </p>
          <p>
            <strong>{t('reports.backup.households')}:</strong>{' '}
            <span data-testid="backup-households">{preview.households}</span>
          </p>
          <table>
            <caption className="visually-hidden">{t('reports.backup.tables')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.backup.tables')}</th>
                <th scope="col" className="num">
                  {t('reports.backup.rowsHeader')}
                </th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(preview.counts).map(([table, count]) => (
                <tr key={table}>
                  <th scope="row">{tableLabel(table)}</th>
                  <td className="num">{t('reports.backup.rows', { count })}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <input
              id={ids.confirm}
              type="checkbox"
              checked={confirmed}
              onChange={(event) => setConfirmed(event.target.checked)}
            />{' '}
            <label htmlFor={ids.confirm}>{t('reports.backup.confirmRestore')}</label>
          </p>
          {backups.supportsAutomatic ? null : <p className="help">{t('data.restore.safetyDownload')}</p>}
          <div className="button-row">
            <button
              type="button"
              className="danger"
              disabled={!confirmed || backups.busy !== 'idle'}
              onClick={() => {
                void backups.confirmRestore().then((restored) => {
                  if (restored) {
                    setPassphrase('')
                    setConfirmed(false)
                    startup.restored()
                  }
                })
              }}
            >
              {t('reports.backup.restore')}
            </button>
            <button type="button" onClick={() => backups.cancelRestore()}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      <StatusLine status={backups.restoreMessage} />
      {backups.safetyBackupName && backups.restoreMessage?.kind === 'info' ? (
        <p role="status">{t('data.restore.safetyMade', { name: backups.safetyBackupName })}</p>
      ) : null}
    </section>
  )
})
