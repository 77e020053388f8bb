import type { IsoDateInput } from '#shared/domain/types'
import { formatIsoDate } from '#shared/domain/dates'

/**
 * Today in the local calendar ('YYYY-MM-DD'): the as-of date of a case's stage, deadlines and
 * retention, of decisions recorded, and the upper bound of dates typed in a form.
 */
export function localToday(): IsoDateInput {
  const now = new Date()
  return formatIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate())
}
