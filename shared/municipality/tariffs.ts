/** Tariff lookup in a municipality profile, with indexation beyond the last known year. */
import type { CentsInput, DeliveryForm, IsoDateInput, MunicipalityConfig, TariffEntry } from '../domain/types'
import { indexCents } from '../domain/money'
import { yearOf } from '../domain/dates'

export type TariffLookup = {
  rateCents: CentsInput
  entry: TariffEntry
  /** Years of indexation applied beyond the last known tariff year (0 when known). */
  indexedYears: number
}

const NONE: TariffEntry[] = []

// Tariff tables are immutable values: index each one once by provision and delivery form.
const INDEX = new WeakMap<TariffEntry[], Map<string, TariffEntry[]>>()

function tariffIndex(config: MunicipalityConfig): Map<string, TariffEntry[]> {
  let index = INDEX.get(config.tariffs)
  if (!index) {
    index = new Map()
    for (const entry of config.tariffs) {
      const key = `${entry.provisionId}|${entry.deliveryForm}`
      const list = index.get(key)
      if (list) list.push(entry)
      else index.set(key, [entry])
    }
    INDEX.set(config.tariffs, index)
  }
  return index
}

/** The profile's tariff entries for one provision and delivery form (any date). */
export function tariffEntriesFor(
  config: MunicipalityConfig,
  provisionId: string,
  deliveryForm: DeliveryForm,
): readonly TariffEntry[] {
  return tariffIndex(config).get(`${provisionId}|${deliveryForm}`) ?? NONE
}

/**
 * The tariff for a provision and delivery form on `date`: the entry in force (latest `from` ≤ date,
 * `to` null or ≥ date). Beyond the last entry of that provision and form, its rate is indexed by
 * `indexationPercentPerYear` (default: the profile's) per calendar year past the entry's year.
 * Returns null when the profile has no tariff for the combination at or before `date`.
 */
export function tariffFor(
  config: MunicipalityConfig,
  provisionId: string,
  deliveryForm: DeliveryForm,
  date: IsoDateInput,
  indexationPercentPerYear: number = config.indexationPercentPerYear,
): TariffLookup | null {
  let inForce: TariffEntry | null = null
  let latest: TariffEntry | null = null
  for (const entry of tariffIndex(config).get(`${provisionId}|${deliveryForm}`) ?? NONE) {
    if (entry.from > date) continue
    if (!latest || entry.from > latest.from) latest = entry
    if (entry.to && entry.to < date) continue
    if (!inForce || entry.from > inForce.from) inForce = entry
  }
  if (inForce && inForce !== latest) return { rateCents: inForce.rateCents, entry: inForce, indexedYears: 0 }
  const base = inForce ?? latest
  if (!base) return null
  const years = Math.max(0, yearOf(date) - yearOf(base.from))
  // Within the entry's own validity no indexation; past its end (or past its year when open-ended) index.
  const beyond = base.to ? date > base.to : years > 0
  const indexedYears = beyond ? years : 0
  return {
    rateCents: indexCents(base.rateCents, indexationPercentPerYear, indexedYears),
    entry: base,
    indexedYears,
  }
}
