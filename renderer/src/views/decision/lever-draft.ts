/**
 * A what-if lever's typed value, read and checked with the lever's bounds (`leverBounds`,
 * shared/decision/what-if.ts) as a zod schema, so the message speaks the case file's words
 * ("Moet minstens 0 zijn.") like every other form. Money levers are typed in euros, stored in cents.
 */
import { z } from 'zod'
import { isMoneyLever, leverBounds, type Lever } from '#shared/decision/what-if'
import { formatNumber } from '../../format/format'
import type { DraftCheck } from '../common/draft-form'
import { parseDecimal } from '../common/validation'

type LeverDraft = { value: string }

/**
 * The lever's value as it is typed: euros for money, in the interface's notation with thousands grouped
 * ('1.500,5' in Dutch, '1,500.5' in English), which `parseDecimal` reads back.
 */
export function leverText(lever: Lever, value: number): string {
  return formatNumber(isMoneyLever(lever) ? Math.round(value) / 100 : value)
}

export function leverCheck(lever: Lever): DraftCheck<LeverDraft, { value: number }> {
  const { min, max } = leverBounds(lever)
  const money = isMoneyLever(lever)
  return {
    schema: z.strictObject({ value: z.number().min(min).max(max) }),
    read: (draft) => {
      const read = parseDecimal(draft.value, { required: true })
      const typed = read.ok ? (read.value ?? 0) : 0
      return {
        errors: read.ok ? {} : { value: read.error },
        value: { value: money ? Math.round(typed * 100) : typed },
      }
    },
  }
}
