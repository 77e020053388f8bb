import type { TFunction } from 'i18next'
import { errorMessage, type Message } from '../../stores/messages'
import type { Notice } from '../../stores/ui-store'
import { messageText } from '../common/message-text'

/** A store's notice as one message: its message, its key, or its error described (stores/messages.ts). */
export function noticeMessage(notice: Notice): Message {
  if ('error' in notice) return errorMessage(notice.error)
  if ('message' in notice) return notice.message
  return { key: notice.key, params: notice.params }
}

/** A store's notice in the user's language: its message, or its error described. */
export function noticeText(notice: Notice, t: TFunction): string {
  return messageText(noticeMessage(notice), t)
}
