import { useTranslation } from 'react-i18next'
import type { MessageParams } from '../../stores/messages'
import { messageText } from './message-text'
import { TechnicalDetail } from './TechnicalDetail'

/**
 * A store's outcome message (an i18n key with params, a param possibly itself a message), announced
 * politely to screen readers. A platform's own error text behind it (`technical`, or a parameter's)
 * is folded away under it, never part of the sentence.
 */
export function StatusLine({
  status,
}: {
  status: { kind: 'info' | 'error'; key: string; params?: MessageParams; technical?: string } | null
}) {
  const { t } = useTranslation()
  const message = status
    ? {
        key: status.key,
        params: status.params ?? {},
        ...(status.technical ? { technical: status.technical } : {}),
      }
    : null
  return (
    <>
      <p
        role={status?.kind === 'error' ? 'alert' : 'status'}
        className={status ? `notice notice-${status.kind}` : undefined}
      >
        {message ? messageText(message, t) : null}
      </p>
      {message ? <TechnicalDetail message={message} /> : null}
    </>
  )
}
