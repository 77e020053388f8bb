import type { TFunction } from 'i18next'
import { i18next } from '../../i18n'
import type { Message, MessageParams } from '../../stores/messages'

/**
 * A store's message (stores/messages.ts) in the user's language: catalogue keys translated with
 * their parameters (a parameter that is itself a message first), problems prefixed with their place.
 */
export function messageText(message: Message, t: TFunction): string {
  if ('text' in message) return message.text
  if ('all' in message)
    return message.all
      .map((part) => messageText(part, t))
      .filter((part) => part !== '')
      .join(message.separator ?? ' ')
  if ('path' in message) {
    const text = messageText(message.message, t)
    return message.path ? `${message.path}: ${text}` : text
  }
  if (message.fallback && !i18next.exists(message.key)) return messageText(message.fallback, t)
  return t(message.key, translatedParams(message.params ?? {}, t))
}

function translatedParams(params: MessageParams, t: TFunction): Record<string, string | number> {
  const out: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(params))
    out[name] = typeof value === 'object' ? messageText(value, t) : value
  return out
}

/**
 * The technical text kept aside in a message or in a message it carries as a parameter (a
 * platform's own English error text), for a disclosure or support; '' when there is none. Never part
 * of `messageText`.
 */
export function technicalDetail(message: Message): string {
  if ('text' in message) return ''
  if ('all' in message)
    return message.all
      .map(technicalDetail)
      .filter((part) => part !== '')
      .join('; ')
  if ('path' in message) return technicalDetail(message.message)
  // A sentence may carry the failure as a parameter ("Exporteren is mislukt: {{message}}"): its
  // technical text belongs to the whole message.
  const nested = Object.values(message.params ?? {})
    .map((value) => (typeof value === 'object' ? technicalDetail(value) : ''))
    .filter((part) => part !== '')
  return [message.technical ?? '', ...nested].filter((part) => part !== '').join('; ')
}
