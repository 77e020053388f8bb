import type { TFunction } from 'i18next'
import { errorMessage } from '../../stores/messages'
import type { Notice } from '../../stores/ui-store'
import { messageText } from '../common/message-text'

/** A store's notice in the user's language: its message, or its error described. */
export function noticeText(notice: Notice, t: TFunction): string {
  if ('error' in notice) return messageText(errorMessage(notice.error), t)
  if ('message' in notice) return messageText(notice.message, t)
  return messageText({ key: notice.key, params: notice.params }, t)
}
