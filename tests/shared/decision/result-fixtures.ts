import type { CentsInput, Payer, ScenarioResult } from '#shared/domain/types'
import { PAYERS } from '#shared/domain/types'
import { centsRecord } from '#shared/domain/money'

export function byPayer(values: Partial<Record<Payer, CentsInput>>): Record<Payer, CentsInput> {
  return Object.fromEntries(PAYERS.map((p) => [p, values[p] ?? 0])) as Record<Payer, CentsInput>
}

/** A result whose every month has the same amounts, over `months` months starting at `first`. */
export function flatResult(
  first: string,
  months: number,
  perMonth: Partial<Record<Payer, CentsInput>>,
): ScenarioResult {
  const [y0, m0] = first.split('-').map(Number) as [number, number]
  const monthly = Array.from({ length: months }, (_, i) => {
    const idx = y0 * 12 + (m0 - 1) + i
    const month = `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`
    return { month, byPayer: byPayer(perMonth) }
  })
  const totalsByYear: Record<string, Record<Payer, CentsInput>> = {}
  for (const m of monthly) {
    const year = m.month.slice(0, 4)
    const bucket = (totalsByYear[year] ??= byPayer({}))
    for (const p of PAYERS) bucket[p] += m.byPayer[p]
  }
  const totalByPayer = byPayer({})
  for (const m of monthly) for (const p of PAYERS) totalByPayer[p] += m.byPayer[p]
  return {
    findings: [],
    lines: [],
    monthly: monthly.map((m) => ({ month: m.month, byPayer: centsRecord(m.byPayer) })),
    totalsByYear: Object.fromEntries(Object.entries(totalsByYear).map(([y, v]) => [y, centsRecord(v)])),
    totalByPayer: centsRecord(totalByPayer),
    carers: [],
    coverage: [],
    trace: [],
  }
}
