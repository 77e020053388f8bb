/** Every rule's metadata (docs/architecture.md#rules), for the UI, reports and the trace. */
import type { RuleMeta } from './rule'
import { rule as wmoClientAge } from './wmo/client-age'
import { rule as wmoWlz } from './wmo/wlz-voorliggend'
import { rule as wmoZvw } from './wmo/zvw-voorliggend'
import { rule as wmoGebruikelijkeHulp } from './wmo/gebruikelijke-hulp'
import { rule as wmoEigenBijdrage } from './wmo/eigen-bijdrage'
import { rule as wmoPgbCap } from './wmo/pgb-tariff-cap'
import { rule as wmoMantelzorgVoluntary } from './wmo/mantelzorg-voluntary'
import { rule as wmoAlgemeen } from './wmo/algemene-voorziening-first'
import { rule as wmoProcedure } from './wmo/procedure-deadlines'
import { rule as jwAge } from './jeugdwet/age'
import { rule as jwWlz } from './jeugdwet/wlz-voorliggend'
import { rule as jwTurns18 } from './jeugdwet/turns-18-transition'
import { rule as jwNoParental } from './jeugdwet/no-parental-contribution'
import { rule as jwRespite } from './jeugdwet/respite-for-parents'
import { rule as pwAge } from './participatiewet/age'
import { rule as pwNorm } from './participatiewet/bijstand-norm'
import { rule as pwVrijlating } from './participatiewet/inkomstenvrijlating'
import { rule as pwAow } from './participatiewet/aow-transition'
import { rule as pwBijzondereBijstand } from './participatiewet/bijzondere-bijstand'
import { rule as wlzLikely } from './wlz/indication-likely'
import { rule as wlzEigenBijdrage } from './wlz/eigen-bijdrage'
import { rule as wlzCareAtHome } from './wlz/care-at-home'
import { rule as mzIntensive } from './mantelzorg/intensive'
import { rule as mzOverload } from './mantelzorg/overload'
import { rule as mzRespite } from './mantelzorg/respite-recommended'
import { rule as mzYoungCarer } from './mantelzorg/young-carer'
import { rule as mzHoursAboveToday } from './mantelzorg/hours-above-today'
import { rule as unmetNeed } from './coverage/unmet-need'
import { rule as lineCosting } from './engine/line-costing'

export type { RuleMeta } from './rule'

export const RULES: readonly RuleMeta[] = [
  wmoClientAge,
  wmoWlz,
  wmoZvw,
  wmoGebruikelijkeHulp,
  wmoEigenBijdrage,
  wmoPgbCap,
  wmoMantelzorgVoluntary,
  wmoAlgemeen,
  wmoProcedure,
  jwAge,
  jwWlz,
  jwTurns18,
  jwNoParental,
  jwRespite,
  pwAge,
  pwNorm,
  pwVrijlating,
  pwAow,
  pwBijzondereBijstand,
  wlzLikely,
  wlzEigenBijdrage,
  wlzCareAtHome,
  mzIntensive,
  mzOverload,
  mzRespite,
  mzYoungCarer,
  mzHoursAboveToday,
  unmetNeed,
  lineCosting,
]

const BY_ID = new Map(RULES.map((r) => [r.id, r]))

export function getRule(id: string): RuleMeta | undefined {
  return BY_ID.get(id)
}
