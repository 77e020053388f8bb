import { useEffect } from 'react'
import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { useStores } from '../../stores/store-context'
import { formatTimestamp } from '../../format/format'
import { AUTO_BACKUP_CHANGES, AUTO_BACKUP_HOURS } from '../../stores/backup-store'
import { BACKUP_KEEP_COUNT } from '#shared/ipc/desktop-api'
import { StatusLine } from '../common/StatusLine'
import { PassphraseFields, usePassphraseDraft } from '../common/PassphraseFields'
import { RestorePanel } from './RestorePanel'

/** Backups in the settings: a manual encrypted backup, automatic backups (desktop app), restore. */
export const BackupSettings = observer(function BackupSettings() {
  const { t } = useTranslation()
  const { backups } = useStores()
  const draft = usePassphraseDraft()

  useEffect(() => {
    void backups.refreshList()
  }, [backups])

  return (
    <>
      <section aria-labelledby="backup-settings-title" className="card">
        <h2 id="backup-settings-title">{t('settings.backups')}</h2>
        <p className="help">{t('reports.backup.intro')}</p>
        <PassphraseFields
          draft={draft}
          label={t('reports.backup.passphrase')}
          repeatLabel={t('reports.backup.passphraseRepeat')}
          help={t('reports.backup.passphraseHelp')}
          submitLabel={t('reports.backup.make')}
          busy={backups.busy !== 'idle'}
          onSubmit={(passphrase, repeat) => backups.makeBackup(passphrase, repeat)}
        />
        {backups.busy === 'encrypting' ? <p role="status">{t('reports.backup.working')}</p> : null}
        <StatusLine status={backups.message} />

        <h3>{t('reports.backup.autoTitle')}</h3>
        {!backups.supportsAutomatic ? (
          <p className="help">{t('reports.backup.autoDesktopOnly')}</p>
        ) : (
          <>
            <p className="help">
              {t('reports.backup.autoIntro', {
                changes: AUTO_BACKUP_CHANGES,
                hours: AUTO_BACKUP_HOURS,
                keep: BACKUP_KEEP_COUNT,
              })}
            </p>
            <p className="help" data-testid="auto-backup-mode">
              {t(
                backups.supportsUnattended
                  ? 'reports.backup.autoUnattended'
                  : 'reports.backup.autoSessionOnly',
              )}
            </p>
            {backups.autoEnabled ? (
              <p role="status">
                {t(
                  backups.autoMode === 'unattended'
                    ? 'reports.backup.autoActiveUnattended'
                    : 'reports.backup.autoActive',
                  {
                    last: backups.lastAutoBackupAt
                      ? formatTimestamp(backups.lastAutoBackupAt)
                      : t('reports.backup.autoNone'),
                  },
                )}{' '}
                <button type="button" onClick={() => backups.disableAutomatic()}>
                  {t('reports.backup.autoStop')}
                </button>
              </p>
            ) : (
              <button
                type="button"
                disabled={backups.busy !== 'idle'}
                onClick={() => void backups.enableAutomatic(draft.passphrase, draft.repeat)}
              >
                {t('reports.backup.autoEnable')}
              </button>
            )}
            <h4>{t('reports.backup.list')}</h4>
            {backups.automaticBackups.length === 0 ? (
              <p>{t('reports.backup.listEmpty')}</p>
            ) : (
              <ul>
                {backups.automaticBackups.map((info) => (
                  <li key={info.name}>{formatTimestamp(info.createdAt)}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>
      <RestorePanel />
    </>
  )
})
