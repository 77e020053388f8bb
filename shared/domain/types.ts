/**
 * The domain model of Maatwerk: the engine contract of docs/architecture.md#engine-contract and the case-file shapes of docs/architecture.md#case-file.
 * Add freely; change names or fields only deliberately (with a case-file migration where stored data
 * is affected).
 */

declare const isoDateBrand: unique symbol
declare const centsBrand: unique symbol

/**
 * 'YYYY-MM-DD', date only, no time zone — a real calendar date, checked. Branded: only the date
 * helpers of shared/domain/dates.ts (`isoDate`, `addDays`, `dateFromDayNumber` …) produce one, so a
 * value of this type has been validated. Case-file data and parameters hold `IsoDateInput`.
 */
export type IsoDate = string & { readonly [isoDateBrand]: 'IsoDate' }
/** A date as it arrives in a case file, a parameter or a form: a plain 'YYYY-MM-DD' string. */
export type IsoDateInput = string
/** 'YYYY-MM'. */
export type YearMonth = string
/**
 * Integer euro cents. Branded: only the money helpers of shared/domain/money.ts (`cents`,
 * `sumCents`, `allocateCents` …) and the engine's checked totals produce one, so a plain number
 * cannot stand in for an amount the engine vouches for. Inputs hold `CentsInput`.
 */
export type Cents = number & { readonly [centsBrand]: 'Cents' }
/** An amount as it arrives in a case file, a parameter or a tariff table: plain integer cents. */
export type CentsInput = number

export type Law = 'wmo' | 'jeugdwet' | 'participatiewet' | 'wlz' | 'zvw' | 'informal' | 'none'

export type Payer =
  | 'gemeente-wmo'
  | 'gemeente-jeugd'
  | 'gemeente-participatie'
  | 'gemeente-bijstand'
  /** AIO for a couple once a partner reaches AOW age (Participatiewet art. 47a ff.). */
  | 'svb'
  | 'wlz'
  | 'zvw'
  | 'client'
  | 'informal'

export const PAYERS: readonly Payer[] = [
  'gemeente-wmo',
  'gemeente-jeugd',
  'gemeente-participatie',
  'gemeente-bijstand',
  'svb',
  'wlz',
  'zvw',
  'client',
  'informal',
] as const

export const ZRM_DOMAINS = [
  'financien',
  'werk-opleiding',
  'tijdsbesteding',
  'huisvesting',
  'huiselijke-relaties',
  'geestelijke-gezondheid',
  'lichamelijke-gezondheid',
  'middelengebruik',
  'basale-adl',
  'instrumentele-adl',
  'sociaal-netwerk',
  'maatschappelijke-participatie',
  'justitie',
] as const
export type ZrmDomain = (typeof ZRM_DOMAINS)[number]
/** ZRM score: 1 acute problematiek … 5 volledig zelfredzaam. */
export type ZrmScore = 1 | 2 | 3 | 4 | 5

export type MemberRole = 'client' | 'partner' | 'child' | 'housemate'
export type IncomeKind = 'none' | 'work' | 'bijstand' | 'aow' | 'pension' | 'benefit' | 'student'

export type Income = { kind: IncomeKind; netMonthlyCents: CentsInput }

export type ZrmAssessment = {
  assessedOn: IsoDateInput
  scores: Partial<Record<ZrmDomain, ZrmScore>>
  /** Target scores agreed with the household (optional). */
  targets?: Partial<Record<ZrmDomain, ZrmScore>>
  /** Earlier assessments, oldest first (optional). */
  history?: { assessedOn: IsoDateInput; scores: Partial<Record<ZrmDomain, ZrmScore>> }[]
}

export type Person = {
  id: string
  name: string
  birthDate: IsoDateInput
  role: MemberRole
  /** Elfproef-valid when present. */
  bsn?: string | null
  /** Whether the person lives in the household (default true). */
  livesIn?: boolean
  income: Income
  /**
   * The person's box-3 assets: savings and investments less debts (the rendementsgrondslag, Wet IB
   * 2001 art. 5.3) on 1 January, the figure the CAK reads two years later (the peiljaar). It adds the
   * vermogensinkomensbijtelling to the Wlz and beschermd-wonen eigen bijdrage. Unknown (older files,
   * not asked): absent or null — the contribution is then shown as an estimate without assets.
   */
  assetsCents?: CentsInput | null
  wlzIndication?: { from: IsoDateInput } | null
  zrm?: ZrmAssessment | null
}

export type CarerRelation =
  'partner' | 'child' | 'parent' | 'sibling' | 'other-family' | 'friend' | 'neighbour' | 'volunteer' | 'other'

/**
 * A carer's age group, asked when the birth date is not recorded: young carers (under 18, and 18–24)
 * and older carers (75 and over) are the groups the mantelzorg policy watches (docs/legal-reference.md#mantelzorg).
 */
export type CarerAgeGroup = 'under-18' | '18-24' | '25-64' | '65-74' | '75-plus'

export type Carer = {
  id: string
  name: string
  relation: CarerRelation
  livesIn: boolean
  caresFor: string[]
  capacityHoursPerWeek: number
  workHoursPerWeek: number
  /** EDIZ-plus burden score 0–15 (optional). */
  burdenScore?: number | null
  consent: boolean
  /** Member id when the carer is also a household member (e.g. a partner). */
  personId?: string | null
  /** Birth date, when known (e.g. for AOW of a carer). */
  birthDate?: IsoDateInput | null
  /**
   * Hours of care the carer gives today, per week, before any arrangement: the baseline a scenario's
   * informal hours are compared with. Unknown (older files, not asked yet): absent or null.
   */
  hoursGivenTodayPerWeek?: number | null
  /** The carer's age group (see `CarerAgeGroup`); absent or null when not recorded. */
  ageGroup?: CarerAgeGroup | null
}

export type ProcedureDates = {
  melding?: IsoDateInput | null
  onderzoekAfgerond?: IsoDateInput | null
  aanvraag?: IsoDateInput | null
  beschikking?: IsoDateInput | null
  /** The day the case was closed (afgehandeld): the start of its retention term (shared/case-flow/retention.ts). */
  afgesloten?: IsoDateInput | null
}

export type Household = {
  id: string
  label: string
  municipalityCode?: string | null
  dates?: ProcedureDates | null
  members: Person[]
  carers: Carer[]
}

export type DeliveryForm = 'zin' | 'pgb' | 'pgb-netwerk' | 'mantelzorg' | 'volunteer' | 'algemeen'
export type Unit = 'minute' | 'hour' | 'dagdeel' | 'etmaal' | 'piece' | 'euro'
export type Frequency = 'week' | 'month' | 'total'

export type ArrangementLine = {
  id: string
  provisionId: string
  personId: string
  deliveryForm: DeliveryForm
  volume: number
  unit: Unit
  frequency: Frequency
  startDate: IsoDateInput
  endDate?: IsoDateInput | null
  /** Required for mantelzorg / pgb-netwerk / volunteer lines. */
  carerId?: string | null
  /** Optional agreed rate per unit; default from the tariffs. */
  rateCents?: CentsInput | null
  /** Jeugdwet continuation past 18 (verlengde jeugdhulp). */
  continuation?: boolean
  /** Provider name (optional, for the plan). */
  provider?: string | null
  note?: string | null
}

export type IncomeChange = {
  personId: string
  from: IsoDateInput
  kind: IncomeKind
  netMonthlyCents: CentsInput
}

export type ScenarioAssumptions = {
  indexationPercentPerYear?: number
  informalHourValueCents?: CentsInput
}

/** A consultant's deliberate deviation from a rule outcome (maatwerk), with the reason. */
export type Deviation = {
  ruleId: string
  lineId?: string | null
  personId?: string | null
  reason: string
  decidedOn: IsoDateInput
}

export type Scenario = {
  id: string
  name: string
  description?: string | null
  startDate: IsoDateInput
  horizonMonths: number
  assumptions?: ScenarioAssumptions | null
  lines: ArrangementLine[]
  incomeChanges?: IncomeChange[]
  deviations?: Deviation[]
  /**
   * Wlz indications assumed in this scenario (e.g. "after a CIZ indication from July"); they add to
   * a person's own `wlzIndication`, the earliest start counting.
   */
  wlzIndications?: { personId: string; from: IsoDateInput }[]
  /** Set when this is the chosen arrangement. */
  chosen?: { on: IsoDateInput; reasoning: string } | null
  /**
   * When the chosen arrangement is evaluated (herindicatie); when absent, derived from the earliest
   * line end or a 12-month practice default (shared/case-flow/stage.ts).
   */
  evaluationDate?: IsoDateInput | null
}

/** An escalation the consultant expects if nothing is arranged (shared/decision/escalation.ts). */
export type EscalationKind =
  'crisis-admission' | 'out-of-home-placement' | 'homelessness' | 'wlz-admission' | 'carer-dropout'

/** One selected escalation risk of a household, as stored and exported. */
export type EscalationRisk = {
  kind: EscalationKind
  /** Probability (0–1) that it happens within the horizon if nothing is arranged. */
  likelihood: number
  likelihoodSource: string
  /** Cost per year while it lasts; null → the reference figure (or the computed carer-dropout cost). */
  annualCostCents: CentsInput | null
  /** Source of a cost entered by the consultant (required when annualCostCents is set). */
  costSource: string | null
  /** Months after the start before it would happen (0 = at once). */
  onsetMonths: number
  /** For carer-dropout: the carer whose hours would have to be replaced. */
  carerId?: string | null
}

/**
 * The household's "cost of doing nothing": the escalation risks selected for it, over a horizon. Part
 * of the case (stored, backed up, exported), but never a scenario: it is shown next to them.
 */
export type DoNothingSelection = {
  startDate: IsoDateInput
  horizonMonths: number
  risks: EscalationRisk[]
  updatedOn: IsoDateInput
}

export type CaseFile = {
  format: 'maatwerk.case'
  formatVersion: 1
  household: Household
  scenarios: Scenario[]
  /** The cost-of-doing-nothing selection, when the consultant made one. */
  doNothing?: DoNothingSelection | null
  /** Where an imported case came from (optional). */
  origin?: { exportedAt?: string | null; exportedBy?: string | null; pseudonymised?: boolean } | null
}

// ---------------------------------------------------------------------------------------------
// Catalogue and municipality profile

export type Provision = {
  id: string
  law: Law
  /** iWmo/iJw productcategorie code (WMO020 / JZ020), when one applies. */
  categoryCode?: string | null
  unit: Unit
  deliveryForms: DeliveryForm[]
  domains: ZrmDomain[]
  respite?: boolean
  oneOff?: boolean
  /** Subject to the Wmo eigen bijdrage (abonnementstarief). */
  eigenBijdrage?: boolean
  /** Label key for the UI (i18n), e.g. 'provision.wmo.dagbesteding'. */
  labelKey: string
}

export type Confidence = 'H' | 'M' | 'L'

/**
 * Where a figure comes from, as a reader cites it: the publication, the article or section in it, and
 * its date; and how the figure relates to it — taken from it as published, indexed from it, or an
 * example value that stands in for a figure a real municipality sets itself. The screens word it in the
 * user's language; `source` stays the working reference.
 */
export type SourceCitation = {
  /** Publisher and title, as the publication names itself ("Menzis Zorgkantoor, Pgb-tarieven Wlz"). */
  publication: string
  /** Article, table or section within the publication. */
  article?: string
  /** Date of the publication or of the version used. */
  date?: IsoDateInput
  url?: string
  use: 'published' | 'indexed' | 'example'
  /** For `indexed`: the yearly percentage and the year of the published figure. */
  indexed?: { percentPerYear: number; fromYear: number }
}

/** A dated value: holds from `from` until the next entry. */
export type Dated<T> = {
  from: IsoDateInput
  value: T
  source: string
  confidence: Confidence
  /** False when the figure could not be verified against its source. */
  verified?: boolean
  note?: string
  /** The source as a citation (shown instead of the working reference in `source`). */
  citation?: SourceCitation
}
export type Series<T> = Dated<T>[]

export type TariffEntry = {
  provisionId: string
  deliveryForm: DeliveryForm
  /** Rate per unit of the provision. */
  rateCents: CentsInput
  from: IsoDateInput
  to?: IsoDateInput | null
  source: string
  /** True for example figures (not a real municipality's contract). */
  example?: boolean
  /**
   * The source as a citation (publication, article, date), shown instead of the working reference in
   * `source`. Optional: tariffs stored or imported before it existed have none and still load.
   */
  citation?: SourceCitation
}

export type BudgetLine = 'wmo' | 'jeugd' | 'participatie' | 'bijstand'

export type MunicipalityConfig = {
  code: string
  name: string
  tariffs: TariffEntry[]
  /** Sociaal-netwerk pgb rate per hour. */
  pgbNetworkHourRate: Series<CentsInput>
  /** Gebruikelijke-hulp protocol: household-help hours per week expected from a healthy adult housemate. */
  gebruikelijkeHulpHoursPerWeek: Series<number>
  /** Minima policy: households with income below this share of the social minimum pay no eigen bijdrage (percent, 0 = none). */
  minimaPolicy?: Series<{ incomeThresholdPercent: number; eigenBijdrageCents: CentsInput }>
  indexationPercentPerYear: number
  budgets: { year: number; line: BudgetLine; cents: CentsInput }[]
}

// ---------------------------------------------------------------------------------------------
// Results

export type Severity = 'blocking' | 'warning' | 'info'

export type LegalBasis = { law: string; article: string; url?: string; verified: boolean }

export type Finding = {
  ruleId: string
  severity: Severity
  law: Law
  legalBasis: LegalBasis
  lineId?: string
  personId?: string
  carerId?: string
  month?: YearMonth
  messageKey: string
  params: Record<string, string | number>
}

export type LineResult = { lineId: string; eligible: boolean; payer: Payer; totalCents: Cents }

export type MonthResult = { month: YearMonth; byPayer: Record<Payer, Cents> }

export type CarerResult = {
  carerId: string
  hoursPerWeek: number
  capacityHoursPerWeek: number
  intensive: boolean
  overloaded: boolean
}

export type CoverageResult = { personId: string; domain: ZrmDomain; score: number; covered: boolean }

export type TraceEntry = {
  ruleId: string
  /** The version of the rule that applied: its validity dates (RuleMeta.validFrom/validTo). */
  ruleVersion?: { validFrom: IsoDateInput; validTo: IsoDateInput | null }
  inputs: Record<string, unknown>
  parameters: { key: string; value: unknown; source: string }[]
  outcome: string
}

export type ScenarioResult = {
  findings: Finding[]
  lines: LineResult[]
  monthly: MonthResult[]
  totalsByYear: Record<string, Record<Payer, Cents>>
  totalByPayer: Record<Payer, Cents>
  carers: CarerResult[]
  coverage: CoverageResult[]
  trace: TraceEntry[]
}

export type ScenarioComparison = {
  results: ScenarioResult[]
  deltas: { scenarioId: string; totalByPayer: Record<Payer, Cents> }[]
}

export type EvaluateInput = { household: Household; scenario: Scenario; municipality?: MunicipalityConfig }
export type CompareInput = { household: Household; scenarios: Scenario[]; municipality?: MunicipalityConfig }

export type ParseResult<T> =
  { ok: true; value: T } | { ok: false; errors: { path: string; message: string }[] }
