/**
 * "Onderbouwing": each amount of a scenario explained from the engine's own result and trace — the
 * line's volume and rate with the rate's source, its total and average a month; the eigen bijdrage
 * with the rule's article and why it is charged; bijstand with its norm's source; the municipal
 * monthly figure as total / months. Pure and structured; the view words it in the user's language.
 */
import type {
  CentsInput,
  DeliveryForm,
  Finding,
  Frequency,
  LegalBasis,
  Scenario,
  ScenarioResult,
  Unit,
  YearMonth,
} from '../domain/types'
import { linePerMonthCents, municipalNetCents, municipalNetPerMonthCents } from './money-figures'

type LineExplanation = {
  kind: 'line'
  lineId: string
  provisionId: string
  personId: string
  carerId: string | null
  deliveryForm: DeliveryForm
  volume: number
  unit: Unit
  frequency: Frequency
  informal: boolean
  /** Rate per unit in the line's first month (cents), and where it comes from (a stored source). */
  rateCents: CentsInput
  rateSource: string
  totalCents: CentsInput
  perMonthCents: CentsInput
  allowed: boolean
  /** Hours a week deducted as gebruikelijke hulp (0 when none). */
  deductionHoursPerWeek: number
}

type EigenBijdrageExplanation = {
  kind: 'eigen-bijdrage'
  /** 'charged' | 'minima-policy' | 'beschermd-wonen' | 'exempt-couple-below-aow' | 'no-wmo-care' … */
  status: string
  month: YearMonth
  monthlyCents: CentsInput
  totalCents: CentsInput
  legalBasis: LegalBasis
  sources: string[]
  personId: string | null
}

type BijstandExplanation = {
  kind: 'bijstand'
  month: YearMonth
  monthlyCents: CentsInput
  totalCents: CentsInput
  legalBasis: LegalBasis | null
  sources: string[]
}

type MunicipalExplanation = {
  kind: 'municipal-per-month'
  perMonthCents: CentsInput
  totalCents: CentsInput
  months: number
}

export type AmountExplanation =
  LineExplanation | EigenBijdrageExplanation | BijstandExplanation | MunicipalExplanation

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0)

export function explainAmounts(scenario: Scenario, result: ScenarioResult): AmountExplanation[] {
  const months = Math.max(1, result.monthly.length)
  const out: AmountExplanation[] = []
  const lineTrace = new Map(
    result.trace
      .filter((e) => e.ruleId === 'engine.line-cost')
      .map((e) => [String(e.inputs.lineId), e] as const),
  )
  for (const line of scenario.lines) {
    const r = result.lines.find((l) => l.lineId === line.id)
    const trace = lineTrace.get(line.id)
    const rate = trace?.parameters[0]
    out.push({
      kind: 'line',
      lineId: line.id,
      provisionId: line.provisionId,
      personId: line.personId,
      carerId: line.carerId ?? null,
      deliveryForm: line.deliveryForm,
      volume: line.volume,
      unit: line.unit,
      frequency: line.frequency,
      informal: r?.payer === 'informal',
      rateCents: num(rate?.value),
      rateSource: rate?.source ?? '',
      totalCents: r?.totalCents ?? 0,
      perMonthCents: linePerMonthCents(r?.totalCents ?? 0, months),
      allowed: r?.eligible ?? true,
      deductionHoursPerWeek: num(trace?.inputs.gebruikelijkeHulpDeductionHoursPerWeek),
    })
  }

  const ebTotal = result.totalByPayer.client ?? 0
  const ebFinding = firstFinding(result.findings, (f) => f.ruleId === 'wmo.eigen-bijdrage')
  const firstEb = result.monthly.find((m) => (m.byPayer.client ?? 0) > 0)
  if (ebFinding) {
    const status = String(ebFinding.params.status ?? '')
    out.push({
      kind: 'eigen-bijdrage',
      status,
      month: (firstEb?.month ?? ebFinding.month ?? result.monthly[0]?.month ?? '') as YearMonth,
      monthlyCents: firstEb?.byPayer.client ?? 0,
      totalCents: ebTotal,
      legalBasis: ebFinding.legalBasis,
      sources: sourcesOf(result, 'wmo.eigen-bijdrage'),
      personId: ebFinding.personId ?? null,
    })
  }

  const firstBijstand = result.monthly.find((m) => (m.byPayer['gemeente-bijstand'] ?? 0) > 0)
  if (firstBijstand) {
    const normFinding = firstFinding(result.findings, (f) => f.ruleId === 'participatiewet.bijstand-norm')
    out.push({
      kind: 'bijstand',
      month: firstBijstand.month,
      monthlyCents: firstBijstand.byPayer['gemeente-bijstand'] ?? 0,
      totalCents: result.totalByPayer['gemeente-bijstand'] ?? 0,
      legalBasis: normFinding?.legalBasis ?? null,
      sources: sourcesOf(result, 'participatiewet.bijstand-norm'),
    })
  }

  out.push({
    kind: 'municipal-per-month',
    perMonthCents: municipalNetPerMonthCents(result),
    totalCents: municipalNetCents(result.totalByPayer),
    months,
  })
  return out
}

function firstFinding(findings: readonly Finding[], match: (f: Finding) => boolean): Finding | undefined {
  let best: Finding | undefined
  for (const f of findings) {
    if (!match(f)) continue
    if (!best || (f.month ?? '') < (best.month ?? '')) best = f
  }
  return best
}

function sourcesOf(result: ScenarioResult, ruleId: string): string[] {
  const out = new Set<string>()
  for (const e of result.trace) if (e.ruleId === ruleId) for (const p of e.parameters) out.add(p.source)
  return [...out]
}
