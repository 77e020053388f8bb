/**
 * The optimiser's model as CPLEX LP text (HiGHS reads it). Decision variables:
 *   n_c  integer, volume of candidate c in steps (volume = step × n_c);
 *   y_cn hours a week of candidate c assigned to need n (only where c addresses n's domain and person);
 *   z_k  binary, carer k is intensive (gives more than the intensive threshold) and must get respite.
 * Constraints:
 *   need_n:  Σ_c y_cn ≥ hours of need n                       (every need covered)
 *   flow_c:  Σ_n y_cn − hoursPerUnit·step·n_c ≤ 0            (a line's hours go to needs it addresses)
 *   cap_k:   Σ_{c of carer k} hours ≤ min(offered, capacity)  (carers within capacity); 0 for a carer
 *            whose burden score is at or above the engine's overload threshold (mantelzorg.overload:
 *            any hours overload them, so the optimiser never plans them)
 *   int_k:   Σ hours_k − (cap_k − threshold_k)·z_k ≤ threshold_k   (above the threshold → intensive)
 *   resp_k:  Σ_{respite c for k's people} respiteHours·step·n_c − R·z_k ≥ 0  (respite for intensive carers)
 *   lim_j:   Σ_{c of provision j} step·n_c ≤ max                (consultant's limits)
 * Locks fix n_c. Objective: monthly municipal cash (or societal: all cash + valued informal hours);
 * in municipal mode other payers and informal hours weigh in slightly so equal municipal costs are
 * broken in favour of the cheaper arrangement for everyone else.
 */
import type { Payer } from '../../domain/types'
import { isMunicipalPayer } from '../payers'
import type { Candidate, CarerInput, LockedLine, NeedRequirement, OptimiserOptions } from './types'
import { candidateKey } from './candidates'
import { MANTELZORG_THRESHOLDS } from '../../parameters/mantelzorg'
import { valueAt } from '../../parameters/series'
import { roundNumber, roundToDecimals } from '../../domain/money'

/**
 * The engine's carer-load rule (mantelzorg.overload) on the day the proposal starts: a carer whose
 * burden score is at or above the threshold is overloaded by any hours at all.
 */
export function isOverburdened(carer: Pick<CarerInput, 'burdenScore'>, asOf: string): boolean {
  const threshold = valueAt(MANTELZORG_THRESHOLDS, asOf).overloadBurdenScore
  return carer.burdenScore !== null && carer.burdenScore >= threshold
}
/** Tie-break weights in municipal mode (per cent of cost). */
const OTHER_CASH_WEIGHT = 0.01
export const INFORMAL_WEIGHT = 0.001
/** Penalty per unit of violation in the elastic (diagnostic) model, in objective cents. */
const ELASTIC_PENALTY = 1e7

type RowKind = 'need' | 'flow' | 'capacity' | 'intensive' | 'respite' | 'limit' | 'young-carer'

export type ModelRow = {
  name: string
  kind: RowKind
  /** Index into needs / candidates / carers / limits, by kind. */
  ref: number
  sense: '>=' | '<='
  rhs: number
}

type LpParts = {
  objective: string
  constraints: string[]
  bounds: string[]
  generals: string[]
  binaries: string[]
}

export type OptimiserModel = {
  lp: string
  parts: LpParts
  candidates: Candidate[]
  needs: NeedRequirement[]
  carers: CarerInput[]
  rows: ModelRow[]
  /** Candidate index → column name of n_c. */
  volumeColumn: (c: number) => string
  /** Carer index → column name of z_k. */
  intensiveColumn: (k: number) => string
  /** Carer index → bound on weekly hours. */
  carerBounds: number[]
  /** Elastic slack column per row name (only in elastic models). */
  slackColumns: Map<string, string>
  /** Locks that match no eligible candidate (they would break a rule). */
  unmatchedLocks: LockedLine[]
  elastic: boolean
}

function num(value: number): string {
  const rounded = roundToDecimals(value, 6)
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(6).replace(/0+$/, '')
}

function sumTerms(terms: { coef: number; column: string }[]): string {
  const parts = terms
    .filter((t) => t.coef !== 0)
    .map((t, i) => {
      const sign = t.coef < 0 ? '- ' : i === 0 ? '' : '+ '
      return `${sign}${num(Math.abs(t.coef))} ${t.column}`
    })
  return parts.join(' ')
}

function objectiveWeight(payer: Payer, objective: OptimiserOptions['objective']): number {
  if (payer === 'informal') return objective === 'societal' ? 1 : INFORMAL_WEIGHT
  if (objective === 'societal') return 1
  return isMunicipalPayer(payer) ? 1 : OTHER_CASH_WEIGHT
}

/** Weekly hours one unit of a candidate puts on its carer. */
export function carerHoursPerUnit(c: Candidate): number {
  if (!c.carerId) return 0
  if (c.unit === 'hour') return 1
  if (c.unit === 'minute') return 1 / 60
  if (c.unit === 'dagdeel') return 4
  return 0
}

export function buildModel(args: {
  candidates: Candidate[]
  needs: NeedRequirement[]
  carers: CarerInput[]
  options: Pick<
    OptimiserOptions,
    'objective' | 'asOf' | 'locks' | 'limits' | 'carerOfferedHours' | 'respiteHoursPerMonth'
  >
  elastic?: boolean
}): OptimiserModel {
  const { candidates, carers, options } = args
  const needs = args.needs.filter((n) => n.hoursPerWeek > 0)
  const elastic = Boolean(args.elastic)
  const col = (c: number) => `n${c}`
  const zcol = (k: number) => `z${k}`
  const rows: ModelRow[] = []
  const constraintLines: string[] = []
  const slackColumns = new Map<string, string>()
  const objectiveTerms: { coef: number; column: string }[] = []

  candidates.forEach((c, i) => {
    const perStep =
      c.step *
      (c.monthlyCashCentsPerUnit * objectiveWeight(c.payer, options.objective) +
        c.monthlyInformalCentsPerUnit * objectiveWeight('informal', options.objective))
    objectiveTerms.push({ coef: perStep, column: col(i) })
  })

  const overburdened = new Set(carers.flatMap((k, index) => (isOverburdened(k, options.asOf) ? [index] : [])))
  const addRow = (row: ModelRow, terms: { coef: number; column: string }[]) => {
    const all = [...terms]
    if (elastic) {
      const slack = `s_${row.name}`
      slackColumns.set(row.name, slack)
      // ≥ rows may fall short, ≤ rows may overflow; each unit costs the penalty.
      all.push({ coef: row.sense === '>=' ? 1 : -1, column: slack })
      // An overburdened carer's zero bound (set by the rule, not offered as such) gives way first, so
      // the diagnosis names that carer rather than an anonymous shortfall of the need.
      const relaxed = row.kind === 'capacity' && overburdened.has(row.ref)
      objectiveTerms.push({ coef: relaxed ? ELASTIC_PENALTY / 2 : ELASTIC_PENALTY, column: slack })
    }
    rows.push(row)
    const body = sumTerms(all)
    constraintLines.push(
      ` ${row.name}: ${body.length > 0 ? body : `0 ${col(0)}`} ${row.sense} ${num(row.rhs)}`,
    )
  }

  // Flow variables: which candidate may serve which need.
  const flows: { c: number; n: number; column: string }[] = []
  candidates.forEach((cand, c) => {
    if (cand.hoursPerUnit <= 0) return
    needs.forEach((need, n) => {
      if (need.personId === cand.personId && cand.domains.includes(need.domain)) {
        flows.push({ c, n, column: `y${c}_${n}` })
      }
    })
  })

  needs.forEach((need, n) => {
    addRow(
      { name: `need${n}`, kind: 'need', ref: n, sense: '>=', rhs: need.hoursPerWeek },
      flows.filter((f) => f.n === n).map((f) => ({ coef: 1, column: f.column })),
    )
  })
  candidates.forEach((cand, c) => {
    const own = flows.filter((f) => f.c === c)
    if (own.length === 0) return
    // Flow rows are definitional (not elastic): a line cannot give more hours than it has.
    rows.push({ name: `flow${c}`, kind: 'flow', ref: c, sense: '<=', rhs: 0 })
    const terms = [
      ...own.map((f) => ({ coef: 1, column: f.column })),
      { coef: -cand.hoursPerUnit * cand.step, column: col(c) },
    ]
    constraintLines.push(` flow${c}: ${sumTerms(terms)} <= 0`)
  })

  const carerBounds = carers.map((k) =>
    isOverburdened(k, options.asOf)
      ? 0
      : Math.max(
          0,
          Math.min(k.capacityHoursPerWeek, options.carerOfferedHours[k.carerId] ?? k.capacityHoursPerWeek),
        ),
  )
  const binaries: string[] = []
  carers.forEach((carer, k) => {
    const hourTerms = candidates
      .map((cand, c) => ({ cand, c }))
      .filter(({ cand }) => cand.carerId === carer.carerId)
      .map(({ cand, c }) => ({ coef: carerHoursPerUnit(cand) * cand.step, column: col(c) }))
    if (hourTerms.length === 0) return
    const bound = carerBounds[k] ?? 0
    addRow({ name: `cap${k}`, kind: 'capacity', ref: k, sense: '<=', rhs: bound }, hourTerms)
    // mantelzorg.intensive and mantelzorg.overload, with the dated thresholds on the proposal's start.
    const threshold = isOverburdened(carer, options.asOf)
      ? 0
      : valueAt(MANTELZORG_THRESHOLDS, options.asOf).intensiveHoursPerWeek
    if (bound <= threshold) return
    binaries.push(zcol(k))
    // Definitional link between hours and the intensive flag: not elastic.
    rows.push({ name: `int${k}`, kind: 'intensive', ref: k, sense: '<=', rhs: threshold })
    constraintLines.push(
      ` int${k}: ${sumTerms([...hourTerms, { coef: -(bound - threshold), column: zcol(k) }])} <= ${num(threshold)}`,
    )
    const respiteTerms = candidates
      .map((cand, c) => ({ cand, c }))
      .filter(({ cand }) => cand.respiteHoursPerUnit > 0 && carer.caresFor.includes(cand.personId))
      .map(({ cand, c }) => ({ coef: cand.respiteHoursPerUnit * cand.step, column: col(c) }))
    addRow({ name: `resp${k}`, kind: 'respite', ref: k, sense: '>=', rhs: 0 }, [
      ...respiteTerms,
      { coef: -options.respiteHoursPerMonth, column: zcol(k) },
    ])
  })

  options.limits.forEach((limit, j) => {
    const terms = candidates
      .map((cand, c) => ({ cand, c }))
      .filter(({ cand }) => cand.provisionId === limit.provisionId)
      .map(({ cand, c }) => ({ coef: cand.step, column: col(c) }))
    if (terms.length === 0) return
    addRow({ name: `lim${j}`, kind: 'limit', ref: j, sense: '<=', rhs: Math.max(0, limit.maxVolume) }, terms)
  })

  // mantelzorg.young-carer: all lines a minor gives one adult together stay within what the
  // gebruikelijke-hulp protocol expects (candidates.ts limitMinorCarers). A legal limit, not elastic:
  // the diagnosis then names the need left short. ref indexes the groups in candidate order.
  const protocolGroups = new Map<
    string,
    { hoursPerWeek: number; terms: { coef: number; column: string }[] }
  >()
  candidates.forEach((cand, c) => {
    if (!cand.protocolCap) return
    const group = protocolGroups.get(cand.protocolCap.group) ?? {
      hoursPerWeek: cand.protocolCap.hoursPerWeek,
      terms: [],
    }
    group.terms.push({ coef: cand.hoursPerUnit * cand.step, column: col(c) })
    protocolGroups.set(cand.protocolCap.group, group)
  })
  ;[...protocolGroups.values()].forEach((group, g) => {
    rows.push({ name: `yc${g}`, kind: 'young-carer', ref: g, sense: '<=', rhs: group.hoursPerWeek })
    constraintLines.push(` yc${g}: ${sumTerms(group.terms)} <= ${num(group.hoursPerWeek)}`)
  })

  // Bounds: volumes in steps; locks fix a candidate's volume.
  const lockedSteps = new Map<number, number>()
  const unmatchedLocks: LockedLine[] = []
  for (const lock of options.locks) {
    const key = candidateKey(lock.provisionId, lock.deliveryForm, lock.personId, lock.carerId ?? null)
    const index = candidates.findIndex((c) => c.key === key)
    if (index < 0) {
      unmatchedLocks.push(lock)
      continue
    }
    const cand = candidates[index] as Candidate // index found above
    lockedSteps.set(index, roundNumber(Math.max(0, lock.volume) / cand.step))
  }
  const bounds = candidates.map((cand, c) => {
    const locked = lockedSteps.get(c)
    if (locked !== undefined) return ` ${col(c)} = ${locked}`
    return ` 0 <= ${col(c)} <= ${Math.floor(cand.maxVolume / cand.step)}`
  })

  const parts: LpParts = {
    objective: sumTerms(objectiveTerms),
    constraints: constraintLines,
    bounds,
    // Hours are divisible; whole units (dagdelen, etmalen) are integers.
    generals: candidates.flatMap((cand, c) =>
      cand.unit === 'hour' || cand.unit === 'minute' ? [] : [col(c)],
    ),
    binaries,
  }
  const lp = renderLp(parts)

  return {
    lp,
    parts,
    candidates,
    needs,
    carers,
    rows,
    volumeColumn: col,
    intensiveColumn: zcol,
    carerBounds,
    slackColumns,
    unmatchedLocks,
    elastic,
  }
}

export function renderLp(
  parts: LpParts,
  fixedBinaries?: ReadonlyMap<string, number>,
  keepGenerals: boolean = fixedBinaries === undefined,
): string {
  const integer = fixedBinaries === undefined
  const fixes = fixedBinaries ? [...fixedBinaries].map(([column, value]) => ` ${column} = ${value}`) : []
  return [
    'Minimize',
    ` obj: ${parts.objective.length > 0 ? parts.objective : '0 n0'}`,
    'Subject To',
    ...parts.constraints,
    'Bounds',
    ...parts.bounds,
    ...fixes,
    ...(keepGenerals && parts.generals.length > 0 ? ['General', ` ${parts.generals.join(' ')}`] : []),
    ...(integer && parts.binaries.length > 0 ? ['Binary', ` ${parts.binaries.join(' ')}`] : []),
    'End',
  ].join('\n')
}
