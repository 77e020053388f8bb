/**
 * Strict zod schemas for every stored domain shape (docs/architecture.md#case-file). The data layer validates every
 * single write with them; `parseCaseFile` validates imports. Unknown keys are rejected (zod's default
 * would silently strip them — GDPR minimisation and typo detection both want a loud error).
 *
 * Bounds are sanity limits, not policy: money is integer cents ≥ 0, volumes are finite and bounded per
 * unit and frequency (see `CASE_FILE_MAX_VOLUME`), hours per week fit in a week, dates are real calendar days.
 */
import { z } from 'zod'
import { ZRM_DOMAINS } from '../domain/types'
import type {
  ArrangementLine,
  CaseFile,
  Carer,
  Dated,
  Deviation,
  DoNothingSelection,
  EscalationRisk,
  Household,
  IncomeChange,
  MunicipalityConfig,
  Person,
  Scenario,
  TariffEntry,
  ZrmAssessment,
} from '../domain/types'
import { isValidBsn } from '../domain/bsn'
import { isCalendarDate, isIsoDateTime } from './calendar'
import {
  checkCaseFileReferences,
  checkHousehold,
  checkLine,
  checkMunicipalityConfig,
  checkPersonDates,
  checkScenario,
  checkSeries,
  checkZrmAssessment,
  type Report,
} from './consistency'
import {
  BUDGET_LINES,
  CARER_AGE_GROUPS,
  CARER_RELATIONS,
  CONFIDENCES,
  DELIVERY_FORMS,
  ESCALATION_KINDS,
  FREQUENCIES,
  INCOME_KINDS,
  MEMBER_ROLES,
  UNITS,
} from './enums'
import { caseFileMessageNl, type CaseFileErrorCode } from './errors'

// Zod 4 probes `new Function` when it builds its first object schema; the app's CSP forbids eval, so
// the probe must be switched off before any schema below is constructed (docs/security-model.md#isolation,
// finding 10).
z.config({ jitless: true })

export const CASE_FILE_FORMAT = 'maatwerk.case'
/** The format version this build writes; older files are migrated (`migrateCaseFile`). */
export const CASE_FILE_VERSION = 1

/** The most any single amount in a case file may be: €1,000,000.00 (keeps sums far inside safe integers). */
export const CASE_FILE_MAX_AMOUNT_CENTS = 100_000_000 - 1
/** Hours in a week: the bound of capacity, work and volume per week. */
export const CASE_FILE_MAX_HOURS_PER_WEEK = 168
export const CASE_FILE_MAX_HORIZON_MONTHS = 120
export const CASE_FILE_MAX_BURDEN_SCORE = 15

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/

function custom(code: CaseFileErrorCode): { error: string; params: { code: CaseFileErrorCode } } {
  return { error: caseFileMessageNl(code, {}), params: { code } }
}

/** Runs a consistency check as a zod refinement (only when the shape itself is valid). */
function refineWith<T>(check: (value: T, report: Report) => void) {
  return (value: T, ctx: z.RefinementCtx<T>): void => {
    check(value, (issue) =>
      ctx.addIssue({
        code: 'custom',
        path: issue.path,
        message: caseFileMessageNl(issue.code, issue.params),
        params: { code: issue.code, ...issue.params },
      }),
    )
  }
}

// ---------------------------------------------------------------------------------------------
// Building blocks

/**
 * Text that must say something: not empty or blank. The value is kept as written (no trimming), so a
 * valid file reads back exactly as it was written.
 */
/**
 * Text a person can see: not only invisible characters (zero-width, BOM, other format characters,
 * whitespace), and no control characters, direction overrides or lone surrogates anywhere — such a
 * name looks empty or reads differently on screen than it is stored.
 */
export function isVisibleText(value: string): boolean {
  if (/[\p{Cc}\u202A-\u202E\u2066-\u2069]/u.test(value)) return false
  // A lone surrogate: a high one not followed by a low one, or a low one not preceded by a high one.
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value)) return false
  return value.replace(/[\s\p{Cf}\p{Mn}\p{Me}]/gu, '') !== ''
}

function requiredText(max: number) {
  return z
    .string()
    .max(max)
    .refine((v) => v.trim() !== '', custom('empty'))
    .refine((v) => v.trim() === '' || isVisibleText(v), custom('invisibleText'))
}

export const idSchema = z.string().refine((v) => ID.test(v), custom('invalidId'))
export const isoDateSchema = z.string().refine(isCalendarDate, custom('invalidDate'))
const isoDateTimeSchema = z.string().refine(isIsoDateTime, custom('invalidDateTime'))
export const centsSchema = z
  .number()
  .refine((v) => Number.isSafeInteger(v) && v >= 0, custom('invalidCents'))
  .max(CASE_FILE_MAX_AMOUNT_CENTS)
const hoursPerWeekSchema = z.number().min(0).max(CASE_FILE_MAX_HOURS_PER_WEEK)
const nameSchema = requiredText(200)
const shortTextSchema = z.string().max(200)
const longTextSchema = z.string().max(5_000)
const zrmScoreSchema = z.literal([1, 2, 3, 4, 5])
const zrmScoresSchema = z.partialRecord(z.enum(ZRM_DOMAINS), zrmScoreSchema)
export const bsnSchema = z.string().refine(isValidBsn, custom('invalidBsn'))

// ---------------------------------------------------------------------------------------------
// Household

export const zrmAssessmentSchema = z
  .strictObject({
    assessedOn: isoDateSchema,
    scores: zrmScoresSchema,
    targets: zrmScoresSchema.optional(),
    history: z
      .array(z.strictObject({ assessedOn: isoDateSchema, scores: zrmScoresSchema }))
      .max(100)
      .optional(),
  })
  .superRefine(refineWith((value, report) => checkZrmAssessment(value, [], report)))

export const incomeSchema = z.strictObject({
  kind: z.enum(INCOME_KINDS),
  netMonthlyCents: centsSchema,
})

export const personSchema = z
  .strictObject({
    id: idSchema,
    name: nameSchema,
    birthDate: isoDateSchema,
    role: z.enum(MEMBER_ROLES),
    bsn: bsnSchema.nullable().optional(),
    livesIn: z.boolean().optional(),
    income: incomeSchema,
    // Added after the first release, optional so that every older file and stored row stays valid as it is.
    assetsCents: centsSchema.nullable().optional(),
    wlzIndication: z.strictObject({ from: isoDateSchema }).nullable().optional(),
    zrm: zrmAssessmentSchema.nullable().optional(),
  })
  .superRefine(refineWith((value, report) => checkPersonDates(value, [], report)))

export const carerSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  relation: z.enum(CARER_RELATIONS),
  livesIn: z.boolean(),
  caresFor: z.array(idSchema).max(50),
  capacityHoursPerWeek: hoursPerWeekSchema,
  workHoursPerWeek: hoursPerWeekSchema,
  burdenScore: z.number().int().min(0).max(CASE_FILE_MAX_BURDEN_SCORE).nullable().optional(),
  consent: z.boolean(),
  personId: idSchema.nullable().optional(),
  birthDate: isoDateSchema.nullable().optional(),
  // Added after the first release, optional so that every older file and stored row stays valid as it is.
  hoursGivenTodayPerWeek: hoursPerWeekSchema.nullable().optional(),
  ageGroup: z.enum(CARER_AGE_GROUPS).nullable().optional(),
})

export const procedureDatesSchema = z.strictObject({
  melding: isoDateSchema.nullable().optional(),
  onderzoekAfgerond: isoDateSchema.nullable().optional(),
  aanvraag: isoDateSchema.nullable().optional(),
  beschikking: isoDateSchema.nullable().optional(),
  afgesloten: isoDateSchema.nullable().optional(),
})

export const householdSchema = z
  .strictObject({
    id: idSchema,
    label: nameSchema,
    municipalityCode: requiredText(40).nullable().optional(),
    dates: procedureDatesSchema.nullable().optional(),
    members: z.array(personSchema).max(50),
    carers: z.array(carerSchema).max(50),
  })
  .superRefine(refineWith((value, report) => checkHousehold(value, [], report)))

// ---------------------------------------------------------------------------------------------
// Scenario

export const arrangementLineSchema = z
  .strictObject({
    id: idSchema,
    provisionId: requiredText(100),
    personId: idSchema,
    deliveryForm: z.enum(DELIVERY_FORMS),
    volume: z.number().min(0),
    unit: z.enum(UNITS),
    frequency: z.enum(FREQUENCIES),
    startDate: isoDateSchema,
    endDate: isoDateSchema.nullable().optional(),
    carerId: idSchema.nullable().optional(),
    rateCents: centsSchema.nullable().optional(),
    continuation: z.boolean().optional(),
    provider: shortTextSchema.nullable().optional(),
    note: longTextSchema.nullable().optional(),
  })
  .superRefine(refineWith((value, report) => checkLine(value, [], report)))

export const incomeChangeSchema = z.strictObject({
  personId: idSchema,
  from: isoDateSchema,
  kind: z.enum(INCOME_KINDS),
  netMonthlyCents: centsSchema,
})

export const deviationSchema = z.strictObject({
  ruleId: requiredText(100),
  lineId: idSchema.nullable().optional(),
  personId: idSchema.nullable().optional(),
  reason: requiredText(5_000),
  decidedOn: isoDateSchema,
})

export const scenarioAssumptionsSchema = z.strictObject({
  indexationPercentPerYear: z.number().min(-10).max(25).optional(),
  informalHourValueCents: centsSchema.max(100_000).optional(),
})

export const scenarioSchema = z
  .strictObject({
    id: idSchema,
    name: nameSchema,
    description: longTextSchema.nullable().optional(),
    startDate: isoDateSchema,
    horizonMonths: z.number().int().min(1).max(CASE_FILE_MAX_HORIZON_MONTHS),
    assumptions: scenarioAssumptionsSchema.nullable().optional(),
    lines: z.array(arrangementLineSchema).max(500),
    incomeChanges: z.array(incomeChangeSchema).max(200).optional(),
    deviations: z.array(deviationSchema).max(500).optional(),
    wlzIndications: z
      .array(z.strictObject({ personId: idSchema, from: isoDateSchema }))
      .max(50)
      .optional(),
    chosen: z.strictObject({ on: isoDateSchema, reasoning: longTextSchema }).nullable().optional(),
    evaluationDate: isoDateSchema.nullable().optional(),
  })
  .superRefine(refineWith((value, report) => checkScenario(value, [], report)))

// ---------------------------------------------------------------------------------------------
// Cost of doing nothing

/** The most escalation risks one household's selection may hold (five kinds, each a few times over). */
export const CASE_FILE_MAX_RISKS = 50

/**
 * One selected escalation risk. An unfinished risk is valid here (no source yet, no figure): the
 * decision screen lists what is still missing (shared/decision/escalation.ts, `validateRisk`), and the
 * consultant's half-filled selection must survive a reload, a backup and an export.
 */
export const escalationRiskSchema = z.strictObject({
  kind: z.enum(ESCALATION_KINDS),
  likelihood: z.number().min(0).max(1),
  likelihoodSource: longTextSchema,
  annualCostCents: centsSchema.nullable(),
  costSource: longTextSchema.nullable(),
  onsetMonths: z.number().int().min(0).max(CASE_FILE_MAX_HORIZON_MONTHS),
  carerId: idSchema.nullable().optional(),
})

export const doNothingSelectionSchema = z.strictObject({
  startDate: isoDateSchema,
  horizonMonths: z.number().int().min(1).max(CASE_FILE_MAX_HORIZON_MONTHS),
  risks: z.array(escalationRiskSchema).max(CASE_FILE_MAX_RISKS),
  updatedOn: isoDateSchema,
})

// ---------------------------------------------------------------------------------------------
// Case file

export const caseFileOriginSchema = z.strictObject({
  exportedAt: isoDateTimeSchema.nullable().optional(),
  exportedBy: shortTextSchema.nullable().optional(),
  pseudonymised: z.boolean().optional(),
})

export const caseFileSchema = z
  .strictObject({
    format: z.literal(CASE_FILE_FORMAT),
    formatVersion: z.literal(CASE_FILE_VERSION),
    household: householdSchema.refine((h) => h.members.length > 0, {
      error: caseFileMessageNl('tooFew', { minimum: 1 }),
      params: { code: 'tooFew', minimum: 1 },
      path: ['members'],
    }),
    scenarios: z.array(scenarioSchema).max(50),
    origin: caseFileOriginSchema.nullable().optional(),
    doNothing: doNothingSelectionSchema.nullable().optional(),
  })
  .superRefine(refineWith((value, report) => checkCaseFileReferences(value, report)))

// ---------------------------------------------------------------------------------------------
// Municipality profile

const sourceCitationSchema = z.strictObject({
  publication: requiredText(300),
  article: requiredText(300).optional(),
  date: isoDateSchema.optional(),
  url: requiredText(1_000).optional(),
  use: z.enum(['published', 'indexed', 'example']),
  indexed: z
    .strictObject({
      percentPerYear: z.number().min(-50).max(100),
      fromYear: z.number().int().min(1900).max(2200),
    })
    .optional(),
})

function datedSchema<T extends z.ZodType>(value: T) {
  return z.strictObject({
    from: isoDateSchema,
    value,
    source: requiredText(1_000),
    confidence: z.enum(CONFIDENCES),
    verified: z.boolean().optional(),
    note: longTextSchema.optional(),
    citation: sourceCitationSchema.optional(),
  })
}
function seriesSchema<T extends z.ZodType>(value: T) {
  return z
    .array(datedSchema(value))
    .max(200)
    .superRefine(refineWith((v, report) => checkSeries(v, [], report)))
}

export const tariffEntrySchema = z.strictObject({
  provisionId: requiredText(100),
  deliveryForm: z.enum(DELIVERY_FORMS),
  rateCents: centsSchema,
  from: isoDateSchema,
  to: isoDateSchema.nullable().optional(),
  source: requiredText(1_000),
  example: z.boolean().optional(),
  citation: sourceCitationSchema.optional(),
})

export const municipalityConfigSchema = z
  .strictObject({
    code: requiredText(40),
    name: nameSchema,
    tariffs: z.array(tariffEntrySchema).max(5_000),
    pgbNetworkHourRate: seriesSchema(centsSchema),
    gebruikelijkeHulpHoursPerWeek: seriesSchema(hoursPerWeekSchema),
    minimaPolicy: seriesSchema(
      z.strictObject({
        incomeThresholdPercent: z.number().min(0).max(1_000),
        eigenBijdrageCents: centsSchema,
      }),
    ).optional(),
    indexationPercentPerYear: z.number().min(-10).max(25),
    budgets: z
      .array(
        z.strictObject({
          year: z.number().int().min(2000).max(2199),
          line: z.enum(BUDGET_LINES),
          // A municipal budget line can run to hundreds of millions: its own, larger cap.
          cents: z
            .number()
            .refine((v) => Number.isSafeInteger(v) && v >= 0, custom('invalidCents'))
            .max(1_000_000_000_000_00),
        }),
      )
      .max(1_000),
  })
  .superRefine(refineWith((value, report) => checkMunicipalityConfig(value, report)))

// ---------------------------------------------------------------------------------------------
// The schemas describe exactly the domain types: each line fails to compile when they drift apart.

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
/** Mutually assignable *and* the same keys (assignability alone ignores an extra optional field). */
type Equivalent<A, B> = Same<A, B> extends true ? Same<keyof A, keyof B> : false
type Out<T extends z.ZodType> = NonNullable<z.infer<T>>
type Element<T> = T extends readonly (infer E)[] ? E : never

export const SCHEMAS_MATCH_DOMAIN_TYPES: [
  Equivalent<Out<typeof personSchema>, Person>,
  Equivalent<Out<typeof incomeSchema>, Person['income']>,
  Equivalent<Out<typeof carerSchema>, Carer>,
  Equivalent<Out<typeof zrmAssessmentSchema>, ZrmAssessment>,
  Equivalent<Out<typeof procedureDatesSchema>, NonNullable<Household['dates']>>,
  Equivalent<Out<typeof householdSchema>, Household>,
  Equivalent<Out<typeof arrangementLineSchema>, ArrangementLine>,
  Equivalent<Out<typeof incomeChangeSchema>, IncomeChange>,
  Equivalent<Out<typeof deviationSchema>, Deviation>,
  Equivalent<Out<typeof scenarioAssumptionsSchema>, NonNullable<Scenario['assumptions']>>,
  Equivalent<Out<typeof scenarioSchema>, Scenario>,
  Equivalent<Out<typeof caseFileOriginSchema>, NonNullable<CaseFile['origin']>>,
  Equivalent<Out<typeof escalationRiskSchema>, EscalationRisk>,
  Equivalent<Out<typeof doNothingSelectionSchema>, DoNothingSelection>,
  Equivalent<Out<typeof caseFileSchema>, CaseFile>,
  Equivalent<Out<typeof tariffEntrySchema>, TariffEntry>,
  Equivalent<
    Element<Out<typeof municipalityConfigSchema>['budgets']>,
    Element<MunicipalityConfig['budgets']>
  >,
  Equivalent<Element<Out<typeof municipalityConfigSchema>['pgbNetworkHourRate']>, Dated<number>>,
  Equivalent<Out<typeof municipalityConfigSchema>, MunicipalityConfig>,
] = [
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
]
