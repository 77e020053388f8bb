/**
 * Which Zelfredzaamheid-Matrix variant fits a person: the ZRM-Jongeren for 12 to 17 years, the ZRM
 * (volwassenen) from 18. The ZRM-Jongeren has the same thirteen domains as the adult ZRM, with
 * indicators adapted to minors (NJI instrument page "Zelfredzaamheid-Matrix voor Jongeren (ZRM-J)";
 * GGD Amsterdam, news of 26 June 2020; docs/legal-reference.md#zrm). The ZRM is not meant for children
 * under 12. Cell criteria are copyrighted and not embedded.
 */
import type { IsoDateInput } from './types'
import { ageOn, isIsoDate } from './dates'

type ZrmVariant = 'volwassenen' | 'jongeren' | 'none'

export const ZRM_VARIANT_SOURCE =
  'NJI, Zelfredzaamheid-Matrix voor Jongeren (ZRM-J); GGD Amsterdam, Nieuwe instrumenten meten zelfredzaamheid van jongeren en gezinnen (26 juni 2020)'

/** Age limits of the variants (inclusive lower, exclusive upper). */
const ZRM_YOUTH_FROM_AGE = 12
const ZRM_ADULT_FROM_AGE = 18

export function zrmVariantFor(birthDate: IsoDateInput, on: IsoDateInput): ZrmVariant {
  // A date still being typed has no variant yet.
  if (!isIsoDate(birthDate) || !isIsoDate(on)) return 'none'
  const age = ageOn(birthDate, on)
  if (age >= ZRM_ADULT_FROM_AGE) return 'volwassenen'
  if (age >= ZRM_YOUTH_FROM_AGE) return 'jongeren'
  return 'none'
}
