import type { TFunction } from 'i18next'
import { describeError } from '../../stores/store-errors'
import type { Notice } from '../../stores/ui-store'

/** A store's notice in the user's language: its catalogue key with parameters, or its error described. */
export function noticeText(notice: Notice, t: TFunction): string {
  if ('error' in notice) return describeError(notice.error)
  return t(notice.key, notice.params)
}
