import { useTranslation } from 'react-i18next'
import type { Message } from '../../stores/messages'
import { technicalDetail } from './message-text'

/**
 * The platform's own (often English) error text behind a generic message, folded away for support:
 * the sentence the user reads stays in their language; this is only there when they open it.
 */
export function TechnicalDetail({ message }: { message: Message }) {
  const { t } = useTranslation()
  const detail = technicalDetail(message)
  if (detail === '') return null
  return (
    <details className="technical-detail">
      <summary>{t('data.technicalDetail')}</summary>
      <code>{detail}</code>
    </details>
  )
}
