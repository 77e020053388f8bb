import { useTranslation } from 'react-i18next'
import type { MessageParams } from '../../stores/messages'
import { messageText } from './message-text'

/**
 * A store's outcome message (an i18n key with params, a param possibly itself a message), announced
 * politely to screen readers.
 */
export function StatusLine({
  status,
}: {
  status: { kind: 'info' | 'error'; key: string; params?: MessageParams } | null
}) {
  const { t } = useTranslation()
  return (
    <p
      role={status?.kind === 'error' ? 'alert' : 'status'}
      className={status ? `notice notice-${status.kind}` : undefined}
    >
      {status ? messageText({ key: status.key, params: status.params ?? {} }, t) : null}
    </p>
  )
}
