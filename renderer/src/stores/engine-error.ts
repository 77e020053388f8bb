/**
 * An error the engine threw, as something a screen can say in the user's language: the catalogue key
 * of its code (`engine.messages.<code>`) and the params the text uses. Anything that is not an engine
 * invariant (a solver crash, a bug) becomes the one "unexpected" text; its English detail is never part
 * of the sentence (`engineErrorMessage` keeps it aside for the technical fold-out).
 */
import { engineMessageKey, ENGINE_MESSAGES, type EngineMessageCode } from '#shared/engine/messages'
import type { Message } from './messages'

type EngineErrorText = { key: string; params: Record<string, string | number> }

export const UNEXPECTED_ENGINE_ERROR = 'engine.messages.unexpected'

function isEngineCode(code: unknown): code is EngineMessageCode {
  return typeof code === 'string' && Object.hasOwn(ENGINE_MESSAGES, code)
}

function engineErrorText(error: unknown): EngineErrorText {
  // By shape rather than `instanceof`: an error that crossed a worker boundary is a plain object.
  if (typeof error === 'object' && error !== null && 'code' in error && isEngineCode(error.code)) {
    const params =
      'params' in error && typeof error.params === 'object' && error.params !== null ? error.params : {}
    return { key: engineMessageKey(error.code), params: { ...(params as Record<string, string | number>) } }
  }
  return { key: UNEXPECTED_ENGINE_ERROR, params: {} }
}

/**
 * The same refusal as a store's message (stores/messages.ts): the plain sentence by its key; for an
 * error that is no engine refusal, the thrown text kept aside as `technical` for the fold-out
 * (views/common/TechnicalDetail.tsx), never in the sentence.
 */
export function engineErrorMessage(error: unknown): Message {
  const { key, params } = engineErrorText(error)
  if (key !== UNEXPECTED_ENGINE_ERROR) return { key, params }
  const technical =
    error instanceof Error
      ? `${error.name}: ${error.message}`
      : error === null || error === undefined
        ? ''
        : String(error)
  return { key, params, ...(technical ? { technical } : {}) }
}
