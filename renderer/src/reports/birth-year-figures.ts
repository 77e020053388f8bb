/**
 * A pseudonymised plan or comparison keeps only the year of each birth date, and is computed on 1 July
 * of that year: figures from the exact date would put the month someone turns 18 or reaches the AOW
 * age — and with it the birth date the export says it hides — into its monthly amounts (issue 12
 * item 10). So its figures can differ from the screen's, and both places say so. Two questions,
 * answered apart because the two readers may know different things:
 *
 * - `findScreenDifferences` is for the consultant's own screen, which shows the real case anyway:
 *   exactly which months, years and totals of which scenario differ.
 * - `findAgeSensitiveScenarios` is for the file, which must tell no more than the birth year: whether a
 *   scenario's figures depend on where in its birth year a birthday falls. It is asked of the birth
 *   years alone (1 January and 31 December against 1 July), so the answer itself reveals nothing of
 *   the real date — "same as the screen" would otherwise give away a birthday in July.
 */
import type { CaseFile, Payer, ScenarioResult, YearMonth } from '#shared/domain/types'

export type ScreenDifference = {
  scenarioId: string
  /** The months whose amounts differ, in calendar order. */
  months: YearMonth[]
  /** The years ('YYYY') whose totals differ. */
  years: string[]
  /** Whether the total over the whole horizon differs. */
  total: boolean
}

type Evaluate = (file: CaseFile) => Record<string, ScenarioResult>

function sameAmounts(a: Record<Payer, number> | undefined, b: Record<Payer, number> | undefined): boolean {
  if (!a || !b) return a === b
  const payers = new Set([...Object.keys(a), ...Object.keys(b)] as Payer[])
  for (const payer of payers) if ((a[payer] ?? 0) !== (b[payer] ?? 0)) return false
  return true
}

function differenceOf(scenarioId: string, screen: ScenarioResult, shown: ScenarioResult): ScreenDifference {
  const byMonth = new Map(shown.monthly.map((m) => [m.month, m.byPayer]))
  const months = new Set<YearMonth>()
  for (const month of screen.monthly)
    if (!sameAmounts(month.byPayer, byMonth.get(month.month))) months.add(month.month)
  for (const month of shown.monthly)
    if (!screen.monthly.some((m) => m.month === month.month)) months.add(month.month)
  const years = new Set([...Object.keys(screen.totalsByYear), ...Object.keys(shown.totalsByYear)])
  return {
    scenarioId,
    months: [...months].sort(),
    years: [...years].filter((y) => !sameAmounts(screen.totalsByYear[y], shown.totalsByYear[y])).sort(),
    total: !sameAmounts(screen.totalByPayer, shown.totalByPayer),
  }
}

/** The scenarios (in the given order) whose exported figures differ from the screen's, and where. */
export function findScreenDifferences(
  scenarioIds: readonly string[],
  screen: Record<string, ScenarioResult>,
  shown: Record<string, ScenarioResult>,
): ScreenDifference[] {
  const differences: ScreenDifference[] = []
  for (const id of scenarioIds) {
    const a = screen[id]
    const b = shown[id]
    if (!a || !b) continue
    const difference = differenceOf(id, a, b)
    if (difference.months.length > 0 || difference.years.length > 0 || difference.total)
      differences.push(difference)
  }
  return differences
}

const moveToDay = (date: string, monthDay: string) => `${date.slice(0, 4)}-${monthDay}`

/** The case with every birth date (members and carers) moved to one day of its own year. */
function withBirthDaysOn(file: CaseFile, monthDay: '01-01' | '12-31'): CaseFile {
  return {
    ...file,
    household: {
      ...file.household,
      members: file.household.members.map((m) => ({ ...m, birthDate: moveToDay(m.birthDate, monthDay) })),
      carers: file.household.carers.map((c) =>
        c.birthDate != null ? { ...c, birthDate: moveToDay(c.birthDate, monthDay) } : c,
      ),
    },
  }
}

/**
 * The ids of the scenarios whose figures change when the birthdays of the birth-year case (1 July)
 * move to either end of their year: the scenarios whose exported figures may differ from the screen.
 * Depends on the birth years only (see the file comment).
 */
export function findAgeSensitiveScenarios(birthYearCase: CaseFile, evaluate: Evaluate): Set<string> {
  const ids = birthYearCase.scenarios.map((s) => s.id)
  const middle = evaluate(birthYearCase)
  const sensitive = new Set<string>()
  for (const monthDay of ['01-01', '12-31'] as const) {
    const moved = evaluate(withBirthDaysOn(birthYearCase, monthDay))
    for (const difference of findScreenDifferences(ids, middle, moved)) sensitive.add(difference.scenarioId)
  }
  return sensitive
}

/** Consecutive months folded into ranges (['2028-07', '2028-08', '2028-10'] → two ranges). */
export function monthRanges(months: readonly YearMonth[]): { from: YearMonth; to: YearMonth }[] {
  const index = (m: YearMonth) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7))
  const ranges: { from: YearMonth; to: YearMonth }[] = []
  for (const month of [...months].sort()) {
    const last = ranges[ranges.length - 1]
    if (last && index(month) === index(last.to) + 1) last.to = month
    else ranges.push({ from: month, to: month })
  }
  return ranges
}
