import { useTranslation } from 'react-i18next'

/** A store's outcome message (an i18n key with params), announced politely to screen readers. */
export function StatusLine({
  status,
}: {
  status: { kind: 'info' | 'error'; key: string; params?: Record<string, string | number> } | null
}) {
  const { t } = useTranslation()
  return (
    <p
      role={status?.kind === 'error' ? 'alert' : 'status'}
      className={status ? `notice notice-${status.kind}` : undefined}
    >
      {status ? t(status.key, status.params ?? {}) : null}
    </p>
  )
}
