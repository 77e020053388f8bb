/**
 * The part the age rules share (jeugdwet.age, participatiewet.age; docs/architecture.md#rules): the
 * days of a line inside the horizon, and the blocking of the days outside the age the law allows,
 * with the person's birth date in every finding. Each rule keeps its own legal reading of the age
 * limits; only the arithmetic of spans and the form of the finding live here.
 */
import type { RuleMeta } from '../domain/rule-meta'
import { blockLine, monthOfDay, type EngineContext, type LineCtx } from './engine-context'

/** A span of day numbers, both ends included. */
type DaySpan = { firstDay: number; lastDay: number }

/** The days on which the line runs inside the horizon; null when it does not reach into it. */
export function lineSpanInHorizon(ctx: EngineContext, line: LineCtx): DaySpan | null {
  const firstDay = Math.max(line.startDay, ctx.horizonStartDay)
  const lastDay = Math.min(line.endDay, ctx.horizonEndDay)
  return lastDay < firstDay ? null : { firstDay, lastDay }
}

/**
 * Blocks the line from `fromDay` to `toDay` for an age limit: the finding falls in the month of the
 * first blocked day and names the person's birth date with the limit's own parameters.
 */
export function blockAgeDays(
  ctx: EngineContext,
  rule: RuleMeta,
  line: LineCtx,
  days: DaySpan,
  params: Record<string, string | number>,
  messageKey: string,
): void {
  blockLine(
    ctx,
    rule,
    line,
    days.firstDay,
    days.lastDay,
    monthOfDay(ctx, days.firstDay),
    { birthDate: line.person.person.birthDate, ...params },
    messageKey,
  )
}
