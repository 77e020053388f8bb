import type { CentsInput, DeliveryForm, IsoDateInput, Payer, Unit, ZrmDomain } from '../../domain/types'

/** Support hours a week a person needs in a ZRM domain (derived from the ZRM, editable). */
export type NeedRequirement = { personId: string; domain: ZrmDomain; hoursPerWeek: number }

/** One thing the optimiser may buy or ask for: a provision in a delivery form for a person (and carer). */
export type Candidate = {
  /** Stable key: provisionId|deliveryForm|personId|carerId. */
  key: string
  provisionId: string
  deliveryForm: DeliveryForm
  personId: string
  carerId: string | null
  unit: Unit
  frequency: 'week' | 'month'
  /** Support hours one unit gives towards needs (0 for respite stays). */
  hoursPerUnit: number
  /** Respite hours a month one unit gives its carers (0 when not respite). */
  respiteHoursPerUnit: number
  domains: ZrmDomain[]
  payer: Payer
  /** Cash rate per unit (0 for unpaid informal help). */
  rateCents: CentsInput
  /** Cost a month of one unit at the line's frequency (cash). */
  monthlyCashCentsPerUnit: number
  /** Valued informal hours a month of one unit (shadow price), kept apart from cash. */
  monthlyInformalCentsPerUnit: number
  /** Volume granularity (e.g. 0.5 hour, 1 dagdeel, 1 etmaal). */
  step: number
  maxVolume: number
  /**
   * mantelzorg.young-carer: the carer is a minor and the person an adult in some month of the
   * horizon; all candidates of one group (carer|person) together give at most these hours a week.
   */
  protocolCap?: { group: string; hoursPerWeek: number }
}

export type ExclusionReason =
  | 'wmo.client-age'
  | 'jeugdwet.age'
  | 'participatiewet.age'
  | 'wmo.wlz-voorliggend'
  | 'jeugdwet.wlz-voorliggend'
  | 'wmo.mantelzorg-voluntary'
  | 'wmo.pgb-tariff-cap'
  | 'mantelzorg.young-carer'
  | 'no-wlz-indication'
  | 'no-tariff'
  | 'excluded-provision'
  | 'excluded-delivery-form'
  | 'not-optimisable-unit'

export type Exclusion = {
  provisionId: string
  deliveryForm: DeliveryForm
  personId: string
  carerId: string | null
  reason: ExclusionReason
}

/** A line the consultant fixes: the optimiser must include exactly this volume. */
export type LockedLine = {
  provisionId: string
  deliveryForm: DeliveryForm
  personId: string
  carerId?: string | null
  volume: number
}

/** An upper limit on the total volume of a provision (in its own unit and frequency). */
export type ProvisionLimit = { provisionId: string; maxVolume: number }

export type OptimiserObjective = 'municipal' | 'societal'

export type OptimiserOptions = {
  objective: OptimiserObjective
  asOf: IsoDateInput
  informalHourValueCents: CentsInput
  excludedProvisionIds: string[]
  excludedDeliveryForms: DeliveryForm[]
  locks: LockedLine[]
  limits: ProvisionLimit[]
  /** Hours a week each carer offers (defaults to capacity); the model never exceeds min(offered, capacity). */
  carerOfferedHours: Record<string, number>
  /** Respite each intensive carer must get, in hours a month (default 2 etmalen = 48 h). */
  respiteHoursPerMonth: number
}

export type CarerInput = {
  carerId: string
  name: string
  caresFor: string[]
  capacityHoursPerWeek: number
  consent: boolean
  burdenScore: number | null
  relation: string
}
