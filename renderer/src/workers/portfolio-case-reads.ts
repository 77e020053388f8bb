/**
 * What a portfolio worker does with cases it reads itself (data/portfolio-case-source.ts): loads them
 * into the portfolio's case cache (what-ifs plan over every household), or reads the households a
 * what-if planned and evaluates them under the levers. The same in the Web Workers and inline (tests).
 */
import type { MunicipalityConfig, Provision } from '#shared/domain/types'
import type { EvaluateFn, WhatIfLevers, WhatIfTask } from '#shared/portfolio'
import { readCaseRange, readCasesById, type PortfolioCaseSource } from '../data/portfolio-case-source'
import { evaluateEntries, evaluateWhatIfEntries, type PortfolioComputation } from './portfolio-computation'
import type { CaseRead, EntriesRead, WhatIfSeriesRead } from './portfolio-protocol'

/** Reads cases into the computation's cache: how many were read, and where the next span starts. */
export async function loadCasesInto(
  computation: Pick<PortfolioComputation, 'setCases'>,
  source: PortfolioCaseSource,
  read: CaseRead,
): Promise<{ read: number; last: string | null }> {
  if ('ids' in read) {
    const cases = await readCasesById(source, read.ids)
    computation.setCases(cases)
    return { read: cases.length, last: null }
  }
  const span = await readCaseRange(source, read.after, read.limit)
  computation.setCases(span.cases)
  return { read: span.cases.length, last: span.last }
}

/**
 * Reads the planned households and evaluates them under the levers; a household no longer there is
 * left out. Each series comes with the version of the case it was computed from.
 */
export async function evaluateWhatIfRead(
  source: PortfolioCaseSource,
  tasks: readonly WhatIfTask[],
  municipality: MunicipalityConfig,
  levers: WhatIfLevers,
  provisions: readonly Provision[],
  evaluate: EvaluateFn,
): Promise<WhatIfSeriesRead> {
  const cases = await readCasesById(
    source,
    tasks.map((t) => t.householdId),
  )
  const versions = new Map(cases.map((c) => [c.household.id, c.updatedAt]))
  const present = tasks.filter((t) => versions.has(t.householdId))
  return {
    ids: present.map((t) => t.householdId),
    versions: present.map((t) => versions.get(t.householdId) as string),
    series: evaluateWhatIfEntries(cases, present, municipality, levers, provisions, evaluate),
  }
}

/**
 * Reads the named households and evaluates them against `municipality` (a background refresh, a
 * tariff-import preview): entries in the order read, with each case's version; the households no
 * longer there are listed as gone.
 */
export async function evaluateRead(
  source: PortfolioCaseSource,
  ids: readonly string[],
  municipality: MunicipalityConfig,
  evaluate: EvaluateFn,
): Promise<EntriesRead> {
  const cases = await readCasesById(source, ids)
  const found = new Set(cases.map((c) => c.household.id))
  return {
    entries: evaluateEntries(cases, municipality, evaluate),
    versions: cases.map((c) => c.updatedAt),
    gone: ids.filter((id) => !found.has(id)),
  }
}
