/**
 * Case-file problems as values: a path into the file (`scenarios[0].lines[2].personId`), a stable `code`
 * with `params` (the renderer shows them in Dutch or English from its `casefile.<code>` catalogue
 * entries) and a Dutch default `message` for callers without a catalogue (logs, CLI, tests).
 */
import type { core } from 'zod'

export type CaseFileErrorCode =
  | 'notText'
  | 'tooLarge'
  | 'invalidJson'
  | 'notAnObject'
  | 'wrongFormat'
  | 'invalidVersion'
  | 'unsupportedVersion'
  | 'migrationFailed'
  | 'migrationMissing'
  | 'migrationWrongVersion'
  | 'required'
  | 'invalidType'
  | 'notInteger'
  | 'unknownKey'
  | 'invalidOption'
  | 'tooSmall'
  | 'tooBig'
  | 'empty'
  | 'tooLong'
  | 'tooFew'
  | 'tooMany'
  | 'invalidDate'
  | 'invalidDateTime'
  | 'invalidId'
  | 'invalidCents'
  | 'invalidBsn'
  | 'endBeforeStart'
  | 'duplicateId'
  | 'unknownPerson'
  | 'unknownCarer'
  | 'unknownProvision'
  | 'unknownLine'
  | 'carerRequired'
  | 'tooManyOfRole'
  | 'historyOrder'
  | 'seriesOrder'
  | 'overlappingTariff'
  | 'duplicateBudget'
  | 'tooManyErrors'
  | 'invalidValue'
  | 'invisibleText'
  | 'volumeTooBig'
  | 'bornInFuture'
  | 'bornAfterScenarios'
  | 'beforeSupported'
  | 'beforeBirth'

export type CaseFileErrorParams = Record<string, string | number>

export type CaseFileError = {
  /** Where in the file, e.g. `scenarios[0].lines[2].personId`; '' for the file as a whole. */
  path: string
  code: CaseFileErrorCode
  params: CaseFileErrorParams
  /** Dutch default text; the renderer uses `casefile.<code>` with `params` instead. */
  message: string
}

/** Dutch names of the value kinds zod reports as `expected`. */
const TYPE_NAMES_NL: Record<string, string> = {
  string: 'tekst',
  number: 'getal',
  int: 'geheel getal',
  boolean: 'ja/nee (true/false)',
  object: 'object',
  array: 'lijst',
  record: 'object',
  null: 'null',
  value: 'een andere waarde',
}

/** Dutch names of units and periods, for `volumeTooBig`. */
const UNIT_NAMES_NL: Record<string, string> = {
  minute: 'minuten',
  hour: 'uur',
  dagdeel: 'dagdelen',
  etmaal: 'etmalen',
  piece: 'stuks',
  euro: 'euro',
}
const FREQUENCY_NAMES_NL: Record<string, string> = {
  week: 'per week',
  month: 'per maand',
  total: 'in totaal',
}

/** Dutch names of the dated fields `beforeBirth` names (the renderer's `casefile.fields.<field>`). */
const FIELD_NAMES_NL: Record<string, string> = {
  wlzIndication: 'De ingangsdatum van de Wlz-indicatie',
  zrmAssessment: 'De datum van de ZRM-meting',
  zrmHistory: 'De datum van een eerdere ZRM-meting',
  scenarioWlzIndication: 'De ingangsdatum van de Wlz-indicatie in dit scenario',
}

const MESSAGES_NL: Record<CaseFileErrorCode, (p: CaseFileErrorParams) => string> = {
  notText: () => 'Het bestand is geen tekst.',
  tooLarge: (p) => `Het bestand is te groot (maximaal ${p.maxMegabytes} MB).`,
  invalidJson: (p) => `Het bestand is geen geldige JSON: de fout zit op regel ${p.line}, kolom ${p.column}.`,
  notAnObject: () => 'Het bestand bevat geen casusbestand (verwacht een JSON-object).',
  wrongFormat: (p) => `Dit is geen Maatwerk-casusbestand (format moet "${p.expected}" zijn).`,
  invalidVersion: () => 'De formaatversie ontbreekt of is geen positief geheel getal.',
  unsupportedVersion: (p) =>
    `Dit bestand heeft formaatversie ${p.version}; deze versie van Maatwerk kent versie ${p.latest} en ouder. Werk Maatwerk bij om het te openen.`,
  migrationFailed: (p) => `Het bijwerken van versie ${p.from} naar ${p.to} is mislukt: ${p.detail}`,
  migrationMissing: (p) =>
    `Het bijwerken van versie ${p.from} naar ${p.to} is mislukt: deze versie van Maatwerk kan dat niet. Werk Maatwerk bij om het bestand te openen.`,
  migrationWrongVersion: (p) =>
    `Het bijwerken van versie ${p.from} naar ${p.to} is mislukt: de stap "${p.name}" gaf geen bestand met formaatversie ${p.to}.`,
  required: () => 'Dit veld ontbreekt.',
  invalidType: (p) => `Verkeerd soort waarde (verwacht: ${TYPE_NAMES_NL[String(p.expected)] ?? p.expected}).`,
  notInteger: () => 'Moet een geheel getal zijn.',
  unknownKey: (p) => `Onbekend veld "${p.key}".`,
  invalidOption: (p) => `Ongeldige waarde; toegestaan: ${p.options}.`,
  tooSmall: (p) => `Moet minstens ${p.minimum} zijn.`,
  tooBig: (p) => `Mag hoogstens ${p.maximum} zijn.`,
  empty: () => 'Mag niet leeg zijn.',
  tooLong: (p) => `Te lang (hoogstens ${p.maximum} tekens).`,
  tooFew: (p) => `Minstens ${p.minimum} nodig.`,
  tooMany: (p) => `Hoogstens ${p.maximum} toegestaan.`,
  invalidDate: () => 'Geen geldige datum (verwacht JJJJ-MM-DD, een bestaande dag).',
  invalidDateTime: () => 'Geen geldig tijdstip (verwacht bijvoorbeeld 2026-01-31T09:30:00Z).',
  invalidId: () =>
    'Ongeldige id (letters, cijfers, punt, dubbele punt, liggend streepje of koppelteken; hoogstens 100 tekens).',
  invalidCents: () =>
    'Ongeldig bedrag: een bedrag in euro is niet negatief en heeft hoogstens twee cijfers achter de komma (bijvoorbeeld € 21,80).',
  invalidBsn: () => 'Ongeldig BSN (voldoet niet aan de elfproef).',
  endBeforeStart: (p) => `De einddatum ligt vóór de begindatum (${p.start}).`,
  duplicateId: (p) => `De id "${p.id}" komt meer dan eens voor.`,
  unknownPerson: (p) => `Er is geen lid van het huishouden met id "${p.id}".`,
  unknownCarer: (p) => `Er is geen mantelzorger met id "${p.id}".`,
  unknownProvision: (p) => `Onbekende voorziening "${p.id}": die staat niet in de catalogus.`,
  unknownLine: (p) => `Er is geen regel met id "${p.id}" in dit scenario.`,
  carerRequired: (p) => `Een regel met leveringsvorm "${p.deliveryForm}" moet een mantelzorger noemen.`,
  tooManyOfRole: (p) => `Een huishouden heeft hoogstens ${p.maximum} lid met de rol "${p.role}".`,
  historyOrder: () => 'Eerdere metingen moeten op datum staan, oudste eerst, en vóór de huidige meting.',
  seriesOrder: () => 'Gedateerde waarden moeten op datum staan, oudste eerst, zonder dubbele datums.',
  overlappingTariff: (p) =>
    `Dit tarief overlapt in tijd met een ander tarief voor ${p.provisionId} (${p.deliveryForm}).`,
  duplicateBudget: (p) => `Er is al een budget voor ${p.line} in ${p.year}.`,
  tooManyErrors: (p) => `Nog meer problemen, niet getoond: ${p.count}.`,
  invalidValue: () => 'Ongeldige waarde.',
  invisibleText: () =>
    'Bevat alleen onzichtbare tekens, of stuurtekens (zoals NUL, een richtingsteken of een losse surrogaat). Typ de tekst opnieuw.',
  volumeTooBig: (p) =>
    `Hoogstens ${p.maximum} ${UNIT_NAMES_NL[String(p.unit)] ?? p.unit} ${FREQUENCY_NAMES_NL[String(p.frequency)] ?? p.frequency}: meer kan in die tijd niet worden geleverd.`,
  bornInFuture: (p) => `De geboortedatum ligt in de toekomst (na ${p.date}).`,
  bornAfterScenarios: (p) =>
    `Geboren na de laatste maand van elk scenario (${p.month}): deze persoon telt in geen enkele doorgerekende maand mee. Controleer het geboortejaar.`,
  beforeSupported: (p) =>
    `Dit scenario begint vóór 1 januari ${p.firstYear}. Maatwerk rekent vanaf die datum (Wmo 2015, Jeugdwet, Participatiewet en Wlz); de regelingen van daarvóór (AWBZ, WWB) zijn niet opgenomen. Laat het scenario op of na 1 januari ${p.firstYear} beginnen.`,
  beforeBirth: (p) =>
    `${FIELD_NAMES_NL[String(p.field)] ?? p.field} ligt vóór de geboortedatum (${p.birthDate}). Controleer beide datums.`,
}

/** Every problem code, for catalogues and their completeness tests. */
export const CASE_FILE_ERROR_CODES = Object.keys(MESSAGES_NL) as CaseFileErrorCode[]

/** The Dutch default text of a problem. */
export function caseFileMessageNl(code: CaseFileErrorCode, params: CaseFileErrorParams): string {
  return MESSAGES_NL[code](params)
}

export function caseFileError(
  path: string,
  code: CaseFileErrorCode,
  params: CaseFileErrorParams = {},
): CaseFileError {
  return { path, code, params, message: caseFileMessageNl(code, params) }
}

export type PathSegment = string | number

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/

/** ['scenarios', 0, 'lines', 2, 'personId'] → 'scenarios[0].lines[2].personId'. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`
    else if (typeof segment === 'string' && PLAIN_KEY.test(segment))
      out += out === '' ? segment : `.${segment}`
    else out += `[${JSON.stringify(String(segment))}]`
  }
  return out
}

const CODES = new Set<string>(Object.keys(MESSAGES_NL))
function isCode(value: unknown): value is CaseFileErrorCode {
  return typeof value === 'string' && CODES.has(value)
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined
    current = (current as Record<PropertyKey, unknown>)[segment]
  }
  return current
}

/** Turns one zod issue into case-file problems (unknown keys become one problem each). */
export function fromZodIssue(issue: core.$ZodIssue, input: unknown): CaseFileError[] {
  const path = issue.path
  switch (issue.code) {
    case 'invalid_type': {
      if (valueAt(input, path) === undefined) return [caseFileError(formatPath(path), 'required')]
      if (issue.expected === 'int') return [caseFileError(formatPath(path), 'notInteger')]
      // `expected` stays a language-neutral token ('string', 'number', …; 'value' for anything else)
      // that the catalogues translate.
      const expected = Object.hasOwn(TYPE_NAMES_NL, issue.expected) ? issue.expected : 'value'
      return [caseFileError(formatPath(path), 'invalidType', { expected })]
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => caseFileError(formatPath([...path, key]), 'unknownKey', { key }))
    case 'invalid_value':
      return [
        caseFileError(formatPath(path), 'invalidOption', {
          options: issue.values.map((v) => (typeof v === 'string' ? v : String(v))).join(', '),
        }),
      ]
    case 'too_small': {
      const minimum = Number(issue.minimum)
      if (issue.origin === 'string') return [caseFileError(formatPath(path), 'empty')]
      if (issue.origin === 'array' || issue.origin === 'set')
        return [caseFileError(formatPath(path), 'tooFew', { minimum })]
      return [caseFileError(formatPath(path), 'tooSmall', { minimum })]
    }
    case 'too_big': {
      const maximum = Number(issue.maximum)
      if (issue.origin === 'string') return [caseFileError(formatPath(path), 'tooLong', { maximum })]
      if (issue.origin === 'array' || issue.origin === 'set')
        return [caseFileError(formatPath(path), 'tooMany', { maximum })]
      return [caseFileError(formatPath(path), 'tooBig', { maximum })]
    }
    case 'custom': {
      const params = (issue.params ?? {}) as Record<string, unknown>
      const { code, ...rest } = params
      const clean: CaseFileErrorParams = {}
      for (const [k, v] of Object.entries(rest)) {
        if (typeof v === 'string' || typeof v === 'number') clean[k] = v
      }
      return [caseFileError(formatPath(path), isCode(code) ? code : 'invalidValue', clean)]
    }
    default:
      return [caseFileError(formatPath(path), 'invalidValue')]
  }
}
