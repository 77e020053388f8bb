import { afterEach, describe, expect, it } from 'vitest'
import { DataError } from '../../../renderer/src/data/api'
import { DATA_ERROR_MESSAGES } from '../../../renderer/src/data/errors'
import { i18next, initI18n } from '../../../renderer/src/i18n'
import { errorMessage } from '../../../renderer/src/stores/messages'
import { messageText } from '../../../renderer/src/views/common/message-text'
import { runFailureMessage } from '../../../renderer/src/views/portfolio/run-failure'

const diskFull = errorMessage(new DataError('quota', DATA_ERROR_MESSAGES.quota))
const text = (report: { kind: 'demo' | 'files'; imported: number }) =>
  messageText(runFailureMessage(report, diskFull), i18next.t)

describe('the message of a full disk that stopped an import run', () => {
  afterEach(() => {
    initI18n('nl')
  })

  it('says how many demo households were saved, whole, and that the rest was not (nl and en)', () => {
    initI18n('nl')
    const dutch = text({ kind: 'demo', imported: 1_500 })
    expect(dutch).toContain('1.500 huishoudens zijn opgeslagen, elk volledig; de rest is niet opgeslagen.')
    expect(dutch).not.toContain('niets opgeslagen')
    initI18n('en')
    const english = text({ kind: 'demo', imported: 1_500 })
    expect(english).toContain('1,500 households were saved, each of them whole; the rest was not saved.')
    expect(english).not.toMatch(/nothing has been saved/i)
  })

  it('still says nothing was saved when no demo step was written, and for an import of files', () => {
    initI18n('nl')
    const nothing = 'De schijf of de opslagruimte van de app is vol. Er is niets opgeslagen.'
    expect(text({ kind: 'demo', imported: 0 })).toContain(nothing)
    // A failed import of files reports no household saved: the general sentence stays.
    expect(text({ kind: 'files', imported: 0 })).toContain(nothing)
  })

  it('leaves a failure other than a full disk as it is', () => {
    const other = errorMessage(new DataError('unknown', DATA_ERROR_MESSAGES.unknown))
    expect(runFailureMessage({ kind: 'demo', imported: 500 }, other)).toBe(other)
  })
})
