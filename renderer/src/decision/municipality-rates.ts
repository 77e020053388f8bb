import type { DeliveryForm, IsoDateInput, MunicipalityConfig } from '#shared/domain/types'
import { tariffFor } from '#shared/municipality'
import { WML_PER_HOUR } from '#shared/parameters/wml'
import type { RateFor } from '#shared/decision/optimiser/candidates'

/** The rate per unit the optimiser may use: the profile's tariff, or the network-pgb hour rate. */
export function rateForProfile(municipality: MunicipalityConfig): RateFor {
  return (provisionId: string, deliveryForm: DeliveryForm, on: IsoDateInput) => {
    const tariff = tariffFor(municipality, provisionId, deliveryForm, on)
    if (tariff) return tariff.rateCents
    if (deliveryForm === 'pgb-netwerk') return datedValue(municipality.pgbNetworkHourRate, on)
    return null
  }
}

function datedValue(
  series: readonly { from: IsoDateInput; value: number }[],
  on: IsoDateInput,
): number | null {
  let found: number | null = null
  for (const entry of series) if (entry.from <= on) found = entry.value
  return found
}

/** Default shadow price of an informal hour: the statutory minimum wage per hour on the date (docs/architecture.md#payer-rules). */
export function defaultInformalHourValueCents(on: IsoDateInput): number {
  return datedValue(WML_PER_HOUR, on) ?? WML_PER_HOUR[0]?.value ?? 0
}
