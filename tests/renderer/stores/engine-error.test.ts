/** Issue 15 item 6: the engine's refusals reach the screen as catalogue texts, never its English. */
import { describe, expect, it } from 'vitest'
import { ENGINE_MESSAGES, evaluateScenario, type EngineMessageCode } from '#shared'
import { engineErrorMessage, UNEXPECTED_ENGINE_ERROR } from '../../../renderer/src/stores/engine-error'
import { messages } from '../../../renderer/src/i18n/messages'
import { makeTranslate } from '../reports/i18n-helper'
import { household, line, person, scenario } from '../../shared/support/build'

/** The sentence part of the store message: its key and params (the technical part aside). */
function engineErrorText(error: unknown): { key: string; params: Record<string, unknown> } {
  const message = engineErrorMessage(error)
  if (!('key' in message)) throw new Error('an engine error is always a keyed message')
  return { key: message.key, params: { ...message.params } }
}

const codes = Object.keys(ENGINE_MESSAGES) as EngineMessageCode[]

function thrown(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  throw new Error('expected the engine to refuse')
}

describe('engineErrorText', () => {
  it('has a Dutch and an English text for every engine message code', () => {
    const nl = (messages.nl as { engine: { messages: Record<string, string> } }).engine.messages
    const en = (messages.en as { engine: { messages: Record<string, string> } }).engine.messages
    for (const code of codes) {
      expect(nl[code], code).toBeTruthy()
      expect(en[code], code).toBeTruthy()
    }
  })

  it('turns a refused horizon into its key and the typed value, in Dutch and in English', async () => {
    const h = household([person({ id: 'p', name: 'Esra', birthDate: '1960-01-01' })], [])
    const s = scenario([line({ provisionId: 'wmo.begeleiding-individueel', personId: 'p' })], {
      horizonMonths: 0,
    })
    const error = thrown(() => evaluateScenario({ household: h, scenario: s }))
    const text = engineErrorText(error)
    expect(text).toEqual({ key: 'engine.messages.badHorizon', params: { months: '0' } })
    const nl = await makeTranslate('nl')
    const en = await makeTranslate('en')
    expect(nl(text.key, text.params)).toContain('heel aantal maanden van 1 tot en met 600 zijn (nu: 0)')
    expect(en(text.key, text.params)).toContain('whole number of months from 1 to 600 (now: 0)')
    // The engine's own English text is not what the user reads.
    expect(nl(text.key, text.params)).not.toContain(ENGINE_MESSAGES.badHorizon)
  })

  it('names the person, not the id, when a birth date is refused', async () => {
    const h = household([person({ id: 'p-17', name: 'Esra', birthDate: '1960-02-30' })], [])
    const s = scenario([line({ provisionId: 'wmo.begeleiding-individueel', personId: 'p-17' })])
    const text = engineErrorText(thrown(() => evaluateScenario({ household: h, scenario: s })))
    const nl = await makeTranslate('nl')
    expect(text.key).toBe('engine.messages.badBirthDate')
    expect(nl(text.key, text.params)).toBe('de geboortedatum van Esra is geen bestaande datum.')
  })

  it('says "unexpected" for anything that is not an engine invariant', () => {
    expect(engineErrorText(new Error('solver crashed'))).toEqual({ key: UNEXPECTED_ENGINE_ERROR, params: {} })
    expect(engineErrorText({ code: 'notACode' }).key).toBe(UNEXPECTED_ENGINE_ERROR)
    expect(engineErrorText(null).key).toBe(UNEXPECTED_ENGINE_ERROR)
  })

  it('reads an engine error that crossed a worker as a plain object', () => {
    expect(engineErrorText({ code: 'badVolume', params: {} }).key).toBe('engine.messages.badVolume')
  })
})
