/**
 * The newest automatic backup's audit head, read from its header (no passphrase needed), for the
 * start-up comparison of the audit chain (issue 12 item 6). Null when there is no backup, the
 * platform keeps none (browser), or the newest one predates the head in the header.
 */
import type { AuditHeadRecord } from '../data/api'
import type { Desktop } from '../platform/desktop'
import { readBackupHeader } from './backup-file'

export async function readNewestBackupHead(
  desktop: Pick<Desktop, 'supportsBackups' | 'backups'>,
): Promise<{ head: AuditHeadRecord; createdAt: string } | null> {
  if (!desktop.supportsBackups) return null
  const list = await desktop.backups.list()
  if (!list.ok) return null
  const newest = list.value[0]
  if (!newest) return null
  const bytes = await desktop.backups.read(newest.name)
  if (!bytes.ok) return null
  try {
    const { header } = readBackupHeader(bytes.value)
    return header.auditHead ? { head: header.auditHead, createdAt: header.createdAt } : null
  } catch {
    return null // a damaged backup is reported where backups are listed, not as a broken log
  }
}
