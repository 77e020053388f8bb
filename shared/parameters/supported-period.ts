/**
 * The first day Maatwerk evaluates: the Wmo 2015, the Jeugdwet, the Participatiewet and the Wlz all
 * hold from 1 January 2015, and the series every scenario reads at its start begin then. Before it the
 * AWBZ, the Wmo (2007) and the WWB applied, which Maatwerk does not model: a scenario starting earlier
 * is refused with this month named (docs/architecture.md#time) — by the engine on evaluation and by the
 * case-file schema on import and on every write. Later gaps in a series are months without figures,
 * reported per month by the rules, not a refusal.
 */
import { firstCommonDate } from './series'
import { JEUGDWET_AGES } from './mantelzorg'
import { KOSTENDELERSNORM, PARTICIPATIEWET_AGES } from './participatiewet'
import { WLZ_EIGEN_BIJDRAGE } from './wlz'

export const FIRST_SUPPORTED_DATE = firstCommonDate(
  JEUGDWET_AGES,
  PARTICIPATIEWET_AGES,
  KOSTENDELERSNORM,
  WLZ_EIGEN_BIJDRAGE,
)
