/** Tariff lookup in a municipality profile, with indexation beyond the last known year. */
import type { Cents, DeliveryForm, IsoDate, MunicipalityConfig, TariffEntry } from '../domain/types'
import { indexCents } from '../domain/money'

export type TariffLookup = {
  rateCents: Cents
  entry: TariffEntry
  /** Years of indexation applied beyond the last known tariff year (0 when known). */
  indexedYears: number
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
  date: IsoDate,
  indexationPercentPerYear: number = config.indexationPercentPerYear,
): TariffLookup | null {
  let inForce: TariffEntry | null = null
  let latest: TariffEntry | null = null
  for (const entry of config.tariffs) {
    if (entry.provisionId !== provisionId || entry.deliveryForm !== deliveryForm) continue
    if (entry.from > date) continue
    if (!latest || entry.from > latest.from) latest = entry
    if (entry.to && entry.to < date) continue
    if (!inForce || entry.from > inForce.from) inForce = entry
  }
  if (inForce && inForce !== latest) return { rateCents: inForce.rateCents, entry: inForce, indexedYears: 0 }
  const base = inForce ?? latest
  if (!base) return null
  const years = Math.max(0, Number(date.slice(0, 4)) - Number(base.from.slice(0, 4)))
  // Within the entry's own validity no indexation; past its end (or past its year when open-ended) index.
  const beyond = base.to ? date > base.to : years > 0
  const indexedYears = beyond ? years : 0
  return {
    rateCents: indexCents(base.rateCents, indexationPercentPerYear, indexedYears),
    entry: base,
    indexedYears,
  }
}
