/** Shape check for a stored sentinel (no zod here: this runs before the data layer exists). */
import type { DesktopSentinel } from '#shared/ipc/desktop-api'

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/

function isAuditHead(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  const head = value as Record<string, unknown>
  return (
    Object.keys(head).length === 2 &&
    typeof head.seq === 'number' &&
    Number.isInteger(head.seq) &&
    head.seq >= 0 &&
    typeof head.hash === 'string' &&
    /^[0-9a-f]{64}$/.test(head.hash)
  )
}

export function isDesktopSentinel(value: unknown): value is DesktopSentinel {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return (
    (Object.keys(record).length === 4 || (Object.keys(record).length === 5 && isAuditHead(record.audit))) &&
    typeof record.installId === 'string' &&
    record.installId.length > 0 &&
    record.installId.length <= 100 &&
    typeof record.createdAt === 'string' &&
    ISO_TIMESTAMP.test(record.createdAt) &&
    typeof record.lastSeenAt === 'string' &&
    ISO_TIMESTAMP.test(record.lastSeenAt) &&
    typeof record.householdCount === 'number' &&
    Number.isInteger(record.householdCount) &&
    record.householdCount >= 0
  )
}
