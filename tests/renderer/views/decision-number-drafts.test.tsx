/**
 * Issue 15 (what-if tells the truth): the optimiser's number fields and the sensitivity percentage are
 * read in the interface language's notation and checked with their bounds; negative, out-of-range or
 * unreadable text is refused with a message in the user's language and nothing is changed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { MAX_NEED_HOURS_PER_WEEK } from '#shared/decision/optimiser/needs'
import { initI18n } from '../../../renderer/src/i18n'
import { MAX_RESPITE_ETMALEN_PER_MONTH } from '../../../renderer/src/stores/decision/optimiser-store'
import { checkDraft, type Checked } from '../../../renderer/src/views/common/draft-form'
import type { FieldError } from '../../../renderer/src/views/common/validation'
import {
  limitCheck,
  needHoursCheck,
  respiteEtmalenCheck,
} from '../../../renderer/src/views/decision/optimiser-draft'
import { sensitivityPercentCheck } from '../../../renderer/src/views/decision/sensitivity-draft'
import { NumberDraftInput } from '../../../renderer/src/views/decision/NumberDraftInput'

function error(result: Checked<object, unknown>): FieldError | undefined {
  return result.ok ? undefined : (result.errors as Record<string, FieldError | undefined>).value
}

beforeEach(() => initI18n('nl'))
afterEach(() => {
  cleanup()
  initI18n('nl')
})

describe('optimiser need hours (needHoursCheck)', () => {
  it('reads Dutch notation and takes 0 and the bound itself', () => {
    expect(checkDraft({ value: '7,5' }, needHoursCheck)).toEqual({ ok: true, value: { value: 7.5 } })
    expect(checkDraft({ value: '0' }, needHoursCheck)).toEqual({ ok: true, value: { value: 0 } })
    expect(checkDraft({ value: String(MAX_NEED_HOURS_PER_WEEK) }, needHoursCheck)).toEqual({
      ok: true,
      value: { value: MAX_NEED_HOURS_PER_WEEK },
    })
  })

  it('refuses a negative number, one above the bound, garbage and empty text', () => {
    expect(error(checkDraft({ value: '-0,5' }, needHoursCheck))).toEqual({
      code: 'tooSmall',
      params: { minimum: 0 },
    })
    expect(error(checkDraft({ value: '80,5' }, needHoursCheck))).toEqual({
      code: 'tooBig',
      params: { maximum: MAX_NEED_HOURS_PER_WEEK },
    })
    expect(error(checkDraft({ value: 'veel' }, needHoursCheck))).toEqual({ code: 'number' })
    expect(error(checkDraft({ value: '' }, needHoursCheck))).toEqual({ code: 'required' })
  })

  it('in English reads a decimal point and refuses a decimal comma rather than guess', () => {
    initI18n('en')
    expect(checkDraft({ value: '7.5' }, needHoursCheck)).toEqual({ ok: true, value: { value: 7.5 } })
    expect(error(checkDraft({ value: '7,5' }, needHoursCheck))).toEqual({ code: 'number' })
  })
})

describe('optimiser respite etmalen (respiteEtmalenCheck)', () => {
  it('takes whole etmalen from 0 to the bound and refuses halves, negatives and more', () => {
    expect(checkDraft({ value: '3' }, respiteEtmalenCheck)).toEqual({ ok: true, value: { value: 3 } })
    expect(checkDraft({ value: String(MAX_RESPITE_ETMALEN_PER_MONTH) }, respiteEtmalenCheck).ok).toBe(true)
    expect(error(checkDraft({ value: '1,5' }, respiteEtmalenCheck))?.code).toBe('notInteger')
    expect(error(checkDraft({ value: '-1' }, respiteEtmalenCheck))?.code).toBe('tooSmall')
    expect(
      error(checkDraft({ value: String(MAX_RESPITE_ETMALEN_PER_MONTH + 1) }, respiteEtmalenCheck)),
    ).toEqual({ code: 'tooBig', params: { maximum: MAX_RESPITE_ETMALEN_PER_MONTH } })
  })
})

describe('optimiser provision limit (limitCheck)', () => {
  it('reads empty as no limit, a volume as the limit, and refuses a negative volume', () => {
    expect(checkDraft({ value: '' }, limitCheck)).toEqual({ ok: true, value: { value: null } })
    expect(checkDraft({ value: '1.500' }, limitCheck)).toEqual({ ok: true, value: { value: 1500 } })
    expect(checkDraft({ value: '0' }, limitCheck)).toEqual({ ok: true, value: { value: 0 } })
    expect(error(checkDraft({ value: '-2' }, limitCheck))).toEqual({
      code: 'tooSmall',
      params: { minimum: 0 },
    })
    expect(error(checkDraft({ value: '2x' }, limitCheck))).toEqual({ code: 'number' })
  })
})

describe('what-if sensitivity percentage (sensitivityPercentCheck)', () => {
  it('takes 1 to 100 and refuses 0, more than 100 and garbage', () => {
    expect(checkDraft({ value: '1' }, sensitivityPercentCheck).ok).toBe(true)
    expect(checkDraft({ value: '12,5' }, sensitivityPercentCheck)).toEqual({
      ok: true,
      value: { value: 12.5 },
    })
    expect(checkDraft({ value: '100' }, sensitivityPercentCheck).ok).toBe(true)
    expect(error(checkDraft({ value: '0' }, sensitivityPercentCheck))).toEqual({
      code: 'tooSmall',
      params: { minimum: 1 },
    })
    expect(error(checkDraft({ value: '101' }, sensitivityPercentCheck))?.code).toBe('tooBig')
    expect(error(checkDraft({ value: '−5' }, sensitivityPercentCheck))?.code).toBe('number')
  })
})

describe('NumberDraftInput', () => {
  function renderField(commit: (value: number) => boolean, value = 4) {
    render(<NumberDraftInput label="Uur per week" value={value} check={needHoursCheck} commit={commit} />)
    return screen.getByLabelText('Uur per week') as HTMLInputElement
  }

  it('refuses a negative value with a Dutch message when the field is left, and commits nothing', () => {
    const commit = vi.fn(() => true)
    const input = renderField(commit)
    expect(input.value).toBe('4')
    fireEvent.change(input, { target: { value: '-2' } })
    fireEvent.blur(input)
    expect(screen.getByRole('alert').textContent).toBe('Moet minstens 0 zijn.')
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(commit).not.toHaveBeenCalled()
    fireEvent.change(input, { target: { value: 'abc' } })
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(screen.getByRole('alert').textContent).toBe('Geen getal (bijvoorbeeld 7,5).')
    expect(commit).not.toHaveBeenCalled()
  })

  it('commits a valid value in the language’s notation on Enter', () => {
    const commit = vi.fn(() => true)
    const input = renderField(commit)
    fireEvent.change(input, { target: { value: '6,5' } })
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(commit).toHaveBeenCalledWith(6.5)
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('says the bound in English in the English interface', () => {
    initI18n('en')
    const commit = vi.fn(() => true)
    const input = renderField(commit)
    fireEvent.change(input, { target: { value: '81' } })
    fireEvent.blur(input)
    expect(screen.getByRole('alert').textContent).toBe('May be at most 80.')
    expect(commit).not.toHaveBeenCalled()
  })
})
