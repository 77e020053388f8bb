import type { IsoDate, ProcedureDates } from '../../../../../shared/domain/types'
import { isCalendarDate } from '../../../../../shared/case-file/calendar'
import { addDays } from '../../common/validation'

export type Deadline = {
  kind: 'onderzoek' | 'beschikking'
  due: IsoDate
  /** The step was taken (on or before the deadline: 'met'; after it: 'late'); still open: 'open' or 'passed'. */
  status: 'met' | 'late' | 'open' | 'passed'
}

/**
 * The Wmo 2015 procedure time limits (docs/legal-reference.md#procedure-deadlines): the onderzoek within 6 weeks after the
 * melding (art. 2.3.2), the beschikking within 2 weeks after the aanvraag.
 */
export function procedureDeadlines(dates: ProcedureDates | null | undefined, today: IsoDate): Deadline[] {
  const deadlines: Deadline[] = []
  const status = (due: IsoDate, done: IsoDate | null | undefined): Deadline['status'] =>
    done ? (done <= due ? 'met' : 'late') : today > due ? 'passed' : 'open'
  if (dates?.melding && isCalendarDate(dates.melding)) {
    const due = addDays(dates.melding, 42)
    deadlines.push({ kind: 'onderzoek', due, status: status(due, dates.onderzoekAfgerond) })
  }
  if (dates?.aanvraag && isCalendarDate(dates.aanvraag)) {
    const due = addDays(dates.aanvraag, 14)
    deadlines.push({ kind: 'beschikking', due, status: status(due, dates.beschikking) })
  }
  return deadlines
}
