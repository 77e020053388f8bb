/**
 * The municipality profile form's draft, read and checked with the case file's profile schema
 * (`municipalityConfigSchema`: a name, amounts and hours within bounds, an indexation between -10 and
 * 25 percent, one budget per line and year). Every editable value is one text field of the draft, so
 * each problem is said beside the field it is about.
 */
import { municipalityConfigSchema } from '#shared/case-file/schema'
import type { BudgetLine, Dated, IsoDateInput, MunicipalityConfig } from '#shared/domain/types'
import { BUDGET_LINES } from '#shared/portfolio'
import type { DraftCheck, FieldErrors } from '../common/draft-form'
import { setByMunicipalitySource } from '../../format/citation'
import { formatWholeEurosInput } from '../../format/number-text'
import { CBS_CODE } from '../../stores/municipality-store'
import {
  centsToEuroInput,
  numberToInput,
  parseDecimal,
  parseEuroToCents,
  parseWholeEuros,
  type Read,
} from '../common/validation'

/** The text of every field: `name`, `code`, `indexation`, `pgbNetwork.0`, `budget.2027.wmo`, … */
export type ProfileDraft = Record<string, string>

export const budgetField = (year: number, line: BudgetLine): string => `budget.${year}.${line}`

export function budgetYearsOf(profile: MunicipalityConfig): number[] {
  return [...new Set(profile.budgets.map((b) => b.year))].sort((a, b) => a - b)
}

export function profileDraftOf(p: MunicipalityConfig): ProfileDraft {
  const draft: ProfileDraft = {
    name: p.name,
    code: p.code,
    indexation: numberToInput(p.indexationPercentPerYear),
  }
  p.pgbNetworkHourRate.forEach((d, i) => (draft[`pgbNetwork.${i}`] = centsToEuroInput(d.value)))
  p.gebruikelijkeHulpHoursPerWeek.forEach(
    (d, i) => (draft[`gebruikelijkeHulp.${i}`] = numberToInput(d.value)),
  )
  ;(p.minimaPolicy ?? []).forEach((d, i) => {
    draft[`minimaThreshold.${i}`] = numberToInput(d.value.incomeThresholdPercent)
    draft[`minimaAmount.${i}`] = centsToEuroInput(d.value.eigenBijdrageCents)
  })
  for (const b of p.budgets) draft[budgetField(b.year, b.line)] = formatWholeEurosInput(b.cents)
  return draft
}

/**
 * Reads the draft into the profile `p` with budgets for `years`; an empty budget cell is no budget. A
 * changed value is cited as set by the municipality on `today`.
 */
export function profileCheck(
  p: MunicipalityConfig,
  years: readonly number[],
  today: IsoDateInput,
): DraftCheck<ProfileDraft, MunicipalityConfig> {
  return {
    schema: municipalityConfigSchema,
    fields: { indexationPercentPerYear: 'indexation' },
    read: (draft) => {
      const errors: FieldErrors<ProfileDraft> = {}
      const fields: Record<string, string> = {}
      const text = (key: string) => draft[key] ?? ''
      const take = <T>(key: string, read: Read<T>, fallback: T): T => {
        if (read.ok) return read.value
        errors[key] = read.error
        return fallback
      }
      const cents = (key: string) =>
        text(key).trim() === ''
          ? take(key, { ok: false, error: { code: 'required' } }, 0)
          : take(key, parseEuroToCents(text(key)), 0)
      const number = (key: string) => take(key, parseDecimal(text(key), { required: true }), 0) ?? 0
      const code = text('code').trim()
      if (!CBS_CODE.test(code)) errors.code = { code: 'municipalityCode' }

      const budgets: MunicipalityConfig['budgets'] = []
      for (const year of years)
        for (const line of BUDGET_LINES) {
          const key = budgetField(year, line)
          const read = parseWholeEuros(text(key))
          if (read.ok && read.value === null) continue
          if (!read.ok) errors[key] = read.error
          fields[`budgets[${budgets.length}]`] = key
          budgets.push({ year, line, cents: read.ok ? (read.value ?? 0) : 0 })
        }
      p.pgbNetworkHourRate.forEach((_, i) => (fields[`pgbNetworkHourRate[${i}]`] = `pgbNetwork.${i}`))
      p.gebruikelijkeHulpHoursPerWeek.forEach(
        (_, i) => (fields[`gebruikelijkeHulpHoursPerWeek[${i}]`] = `gebruikelijkeHulp.${i}`),
      )
      ;(p.minimaPolicy ?? []).forEach((_, i) => {
        fields[`minimaPolicy[${i}].value.incomeThresholdPercent`] = `minimaThreshold.${i}`
        fields[`minimaPolicy[${i}].value.eigenBijdrageCents`] = `minimaAmount.${i}`
      })
      return {
        errors,
        fields,
        value: {
          ...p,
          name: text('name').trim(),
          code,
          indexationPercentPerYear: number('indexation'),
          pgbNetworkHourRate: p.pgbNetworkHourRate.map((e, i) =>
            withValue(e, cents(`pgbNetwork.${i}`), today),
          ),
          gebruikelijkeHulpHoursPerWeek: p.gebruikelijkeHulpHoursPerWeek.map((e, i) =>
            withValue(e, number(`gebruikelijkeHulp.${i}`), today),
          ),
          ...(p.minimaPolicy
            ? {
                minimaPolicy: p.minimaPolicy.map((e, i) =>
                  withValue(
                    e,
                    {
                      incomeThresholdPercent: number(`minimaThreshold.${i}`),
                      eigenBijdrageCents: cents(`minimaAmount.${i}`),
                    },
                    today,
                  ),
                ),
              }
            : {}),
          budgets,
        },
      }
    },
  }
}

/**
 * The entry with a new value. A changed value is no longer the cited publication's: the municipality set
 * it, on `today`, and that is its source from now on (its citation, confidence note and unverified mark
 * were the publication's and go with it).
 */
export function withValue<T>(entry: Dated<T>, value: T, today: IsoDateInput): Dated<T> {
  if (JSON.stringify(value) === JSON.stringify(entry.value)) return { ...entry, value }
  const { citation: _cited, verified: _verified, note: _note, ...rest } = entry
  return { ...rest, value, source: setByMunicipalitySource(today), confidence: 'H' }
}

/**
 * The entry with its citation. A profile saved before entries carried citations still holds the
 * example profile's entries unchanged (same date, source and value): those get the example's citation.
 */
export function withCitation<T>(entry: Dated<T>, defaults: readonly Dated<unknown>[] | undefined): Dated<T> {
  if (entry.citation) return entry
  const same = (d: Dated<unknown>) =>
    d.from === entry.from &&
    d.source === entry.source &&
    JSON.stringify(d.value) === JSON.stringify(entry.value)
  const known = defaults?.find(same)?.citation
  return known ? { ...entry, citation: known } : entry
}
