import { formatCents, formatDate, formatNumber, formatYearMonth } from './format'

/**
 * Finding parameters that are dates derived from a birth date (the 18th, 21st and 23rd birthday, the
 * AOW date). A pseudonymised file keeps only the birth year, so a pseudonymised plan shows these
 * dates as a year too: a day and month would give the exact birth date away.
 */
const BIRTH_DERIVED_PARAMS: readonly string[] = ['adultFrom', 'until', 'aowDate']

/**
 * Number params that stay raw numbers: a year ('peiljaar', 'year') is no quantity ('2024', never
 * '2.024'), and `supportedHoursPerWeek` is nested into the English text as an i18next plural count
 * (`$t(oneTruth.hoursAWeek, {"count": …})`), which needs a number; the texts write it in the
 * language's notation themselves (`{{count, number}}`, `{{supportedHoursPerWeek, number}}`).
 */
function keepsRawNumber(key: string): boolean {
  return /(^y|Y)ear$|jaar$/.test(key) || key === 'supportedHoursPerWeek'
}

/** How amounts, dates, months and numbers are written (the interface language's unless a caller passes others). */
type FindingParamFormats = {
  cents: (cents: number) => string
  date: (date: string) => string
  month: (month: string) => string
  number: (value: number) => string
}

const APP_FORMATS: FindingParamFormats = {
  cents: formatCents,
  date: formatDate,
  month: formatYearMonth,
  number: formatNumber,
}

/**
 * Finding params are raw engine values: amounts (params named `cents` or `…Cents`) become
 * '€ 1.234,56', ISO dates '05-03-2026', months as formatYearMonth writes them, other numbers the
 * language's notation ('1,5' in Dutch, '1.5' in English; years stay as they are), before they go
 * into a message. The one
 * formatter of the screens and the plan PDF; with `birthDatePrecision: 'year'` (a pseudonymised plan)
 * dates derived from a birth date show only their year.
 */
export function formatFindingParams(
  params: Record<string, string | number>,
  options: { format?: FindingParamFormats; birthDatePrecision?: 'day' | 'year' } = {},
): Record<string, string | number> {
  const format = options.format ?? APP_FORMATS
  const out: Record<string, string | number> = {}
  for (const [key, value] of Object.entries(params)) {
    if (
      options.birthDatePrecision === 'year' &&
      BIRTH_DERIVED_PARAMS.includes(key) &&
      typeof value === 'string' &&
      /^\d{4}-\d{2}(-\d{2})?$/.test(value)
    )
      out[key] = value.slice(0, 4)
    else if (typeof value === 'number' && /(^c|C)ents$/.test(key)) out[key] = format.cents(value)
    else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) out[key] = format.date(value)
    else if (typeof value === 'string' && /^\d{4}-\d{2}$/.test(value)) out[key] = format.month(value)
    else if (typeof value === 'number' && !keepsRawNumber(key)) out[key] = format.number(value)
    else out[key] = value
  }
  return out
}

/**
 * Ids among the params become names: `provisionId` the provision's name (as `provision`), a delivery
 * form its words — a finding's text never shows an internal id.
 */
export function nameFindingParams(
  raw: Record<string, string | number>,
  params: Record<string, string | number>,
  names: { provision: (id: string) => string; deliveryForm: (form: string) => string },
): Record<string, string | number> {
  const out = { ...params }
  if (typeof raw.provisionId === 'string' && out.provision === undefined)
    out.provision = names.provision(raw.provisionId)
  if (typeof raw.deliveryForm === 'string') out.deliveryForm = names.deliveryForm(raw.deliveryForm)
  return out
}
