/**
 * Validation of every write with the engine's case-file schemas (shared/case-file/schema.ts), plus the
 * reference checks that span rows (a line's person and carer exist in the household, a carer cares
 * for members that exist). Refusals become `DataError('validation')` listing every problem by path,
 * with the case-file module's codes and Dutch texts.
 *
 * Business outcomes are not write errors: a mantelzorg line whose carer has not consented is stored,
 * and the engine reports it as a finding.
 */
import { checkPersonDates } from '#shared/case-file/consistency'
import { caseFileError, formatPath, fromZodIssue, type CaseFileErrorParams } from '#shared/case-file/errors'
import { validateCaseFile as validateCaseFileValue } from '#shared/case-file/parse'
import {
  arrangementLineSchema,
  carerSchema,
  doNothingSelectionSchema,
  householdSchema,
  municipalityConfigSchema,
  personSchema,
  scenarioSchema,
  zrmAssessmentSchema,
} from '#shared/case-file/schema'
import type {
  ArrangementLine,
  CaseFile,
  Carer,
  DoNothingSelection,
  Household,
  MunicipalityConfig,
  Person,
  Scenario,
  ZrmAssessment,
} from '#shared/domain/types'
import { DataError, type DataIssue } from './api'
import { DATA_ERROR_MESSAGES } from './errors'

export type Issue = DataIssue

/**
 * The data layer's own refusals besides the case-file codes: a member or carer still referred to. The
 * issue's message is a catalogue key (`data.errors.memberInUse`), shown in the user's language.
 */
const IN_USE_MESSAGES = {
  memberInUse: 'data.errors.memberInUse',
  carerInUse: 'data.errors.carerInUse',
} as const

export function inUseIssue(
  path: string,
  code: keyof typeof IN_USE_MESSAGES,
  params: CaseFileErrorParams,
): Issue {
  return { path, code, params, message: IN_USE_MESSAGES[code] }
}

function validationError(issues: Issue[]): DataError {
  return new DataError('validation', DATA_ERROR_MESSAGES.validation, issues)
}

function withPrefix(prefix: string, path: string): string {
  if (prefix === '') return path
  if (path === '') return prefix
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`
}

type Parsed<T> = { ok: true; value: T } | { ok: false; errors: Issue[] }

type Schema<T> = {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: unknown[] } }
}

function parse<T>(schema: Schema<T>, value: unknown, prefix = ''): Parsed<T> {
  const result = schema.safeParse(value)
  if (result.success) return { ok: true, value: result.data }
  const errors = result.error.issues.flatMap((issue) =>
    fromZodIssue(issue as Parameters<typeof fromZodIssue>[0], value).map((error) => ({
      path: withPrefix(prefix, error.path),
      message: error.message,
      code: error.code,
      params: error.params,
    })),
  )
  return { ok: false, errors }
}

function parseOrThrow<T>(schema: Schema<T>, value: unknown): T {
  const parsed = parse(schema, value)
  if (!parsed.ok) throw validationError(parsed.errors)
  return parsed.value
}

export function validatePerson(value: Person): Person {
  return parseOrThrow(personSchema as Schema<Person>, value)
}

export function validateCarer(value: Carer): Carer {
  return parseOrThrow(carerSchema as Schema<Carer>, value)
}

export function validateAssessment(value: ZrmAssessment): ZrmAssessment {
  return parseOrThrow(zrmAssessmentSchema as Schema<ZrmAssessment>, value)
}

export function validateLine(value: ArrangementLine): ArrangementLine {
  return parseOrThrow(arrangementLineSchema as Schema<ArrangementLine>, value)
}

export function validateMunicipality(value: MunicipalityConfig): MunicipalityConfig {
  return parseOrThrow(municipalityConfigSchema as Schema<MunicipalityConfig>, value)
}

/**
 * The household's own fields, checked with the household schema on an otherwise empty household
 * (members and carers are validated row by row).
 */
export function validateHouseholdFields(
  value: Omit<Household, 'members' | 'carers'>,
): Omit<Household, 'members' | 'carers'> {
  const parsed = parseOrThrow(householdSchema as Schema<Household>, { ...value, members: [], carers: [] })
  const { members: _members, carers: _carers, ...fields } = parsed
  return fields
}

export function validateDoNothing(value: DoNothingSelection): DoNothingSelection {
  return parseOrThrow(doNothingSelectionSchema as Schema<DoNothingSelection>, value)
}

/** A scenario with its lines (the lines are validated by the scenario schema too). */
export function validateScenario(value: Scenario): Scenario {
  return parseOrThrow(scenarioSchema as Schema<Scenario>, value)
}

/** A stored scenario row's value (its lines are stored and checked separately). */
export function validateScenarioFields(value: Omit<Scenario, 'lines'>): Omit<Scenario, 'lines'> {
  const { lines: _lines, ...fields } = validateScenario({ ...value, lines: [] })
  return fields
}

/**
 * A whole case file from outside (unknown input), exactly as `parseCaseFile` checks a text: format and
 * version (older versions migrated), schema, consistency and references; every problem by path.
 */
export function validateCaseFile(value: unknown): Parsed<CaseFile> {
  const result = validateCaseFileValue(value)
  if (result.ok) return result
  return {
    ok: false,
    errors: result.errors.map((error) => ({
      path: error.path,
      message: error.message,
      code: error.code,
      params: error.params,
    })),
  }
}

/** The people and carers a household has, for reference checks. */
export type HouseholdRefs = { personIds: ReadonlySet<string>; carerIds: ReadonlySet<string> }

function referenceIssue(path: string, code: 'unknownPerson' | 'unknownCarer', id: string): Issue {
  const error = caseFileError(path, code, { id })
  return { path, message: error.message, code, params: error.params }
}

export function checkLineRefs(line: ArrangementLine, refs: HouseholdRefs, prefix = ''): Issue[] {
  const issues: Issue[] = []
  if (!refs.personIds.has(line.personId)) {
    issues.push(referenceIssue(withPrefix(prefix, 'personId'), 'unknownPerson', line.personId))
  }
  if (line.carerId != null && !refs.carerIds.has(line.carerId)) {
    issues.push(referenceIssue(withPrefix(prefix, 'carerId'), 'unknownCarer', line.carerId))
  }
  return issues
}

export function checkCarerRefs(carer: Carer, refs: HouseholdRefs): Issue[] {
  const issues: Issue[] = []
  carer.caresFor.forEach((personId, index) => {
    if (!refs.personIds.has(personId))
      issues.push(referenceIssue(`caresFor[${index}]`, 'unknownPerson', personId))
  })
  if (carer.personId != null && !refs.personIds.has(carer.personId)) {
    issues.push(referenceIssue('personId', 'unknownPerson', carer.personId))
  }
  return issues
}

export function checkScenarioRefs(scenario: Scenario, refs: HouseholdRefs): Issue[] {
  const issues: Issue[] = []
  scenario.lines.forEach((line, index) => issues.push(...checkLineRefs(line, refs, `lines[${index}]`)))
  ;(scenario.incomeChanges ?? []).forEach((change, index) => {
    if (!refs.personIds.has(change.personId)) {
      issues.push(referenceIssue(`incomeChanges[${index}].personId`, 'unknownPerson', change.personId))
    }
  })
  return issues
}

export function checkDoNothingRefs(selection: DoNothingSelection, refs: HouseholdRefs): Issue[] {
  const issues: Issue[] = []
  selection.risks.forEach((risk, index) => {
    if (risk.carerId != null && !refs.carerIds.has(risk.carerId)) {
      issues.push(referenceIssue(`risks[${index}].carerId`, 'unknownCarer', risk.carerId))
    }
  })
  return issues
}

/**
 * An assessment dated before its member's birth (the case file's `beforeBirth`): the assessment is
 * stored apart from the member row, so its schema alone cannot see the birth date.
 */
export function checkAssessmentBirth(assessment: ZrmAssessment, birthDate: string): Issue[] {
  const issues: Issue[] = []
  const report = (issue: { path: (string | number)[]; code: 'beforeBirth'; params: CaseFileErrorParams }) => {
    const error = caseFileError(formatPath(issue.path), issue.code, issue.params)
    issues.push({ path: error.path, message: error.message, code: error.code, params: error.params })
  }
  checkPersonDates({ birthDate, zrm: assessment }, [], (issue) =>
    report({ path: issue.path.slice(1), code: 'beforeBirth', params: issue.params }),
  )
  return issues
}

export function throwIfIssues(issues: Issue[]): void {
  if (issues.length > 0) throw validationError(issues)
}
