import { describe, expect, it } from 'vitest'
import { DataError } from '../../../renderer/src/data/api'
import { inUseIssue } from '../../../renderer/src/data/validation'
import { i18next, initI18n } from '../../../renderer/src/i18n'
import { DesktopFailure, errorMessage } from '../../../renderer/src/stores/messages'
import { messageText } from '../../../renderer/src/views/common/message-text'

/** A store's message as the screen shows it, in `language`. */
function shown(error: unknown, language: 'nl' | 'en'): string {
  initI18n(language)
  return messageText(errorMessage(error), i18next.t)
}

describe('errorMessage', () => {
  it('shows a desktop refusal by its code in the user’s language, without the bridge’s English detail', () => {
    const failure = new DesktopFailure({ code: 'too-large', message: 'The file is larger than 10 bytes.' })
    expect(shown(failure, 'nl')).toBe('Dat is niet gelukt: het bestand is te groot. Er is niets gewijzigd.')
    expect(shown(failure, 'en')).toBe('That did not work: the file is too large. Nothing was changed.')
  })

  it('shows the data layer’s in-use refusal in English when the interface is English', () => {
    const refusal = new DataError('validation', 'data.errors.validation', [
      inUseIssue('carers.c1', 'memberInUse', { id: 'p1' }),
    ])
    expect(shown(refusal, 'en')).toContain(
      'This member is still in use (by a carer, a line or an income change).',
    )
    expect(shown(refusal, 'en')).not.toMatch(/gebruikt/)
    expect(shown(refusal, 'nl')).toContain('Dit lid wordt nog gebruikt')
  })
})
