/**
 * The portfolio what-if form's draft, read and checked with the levers' schema
 * (shared/portfolio/what-if.ts): each lever a number within its bounds.
 */
import { whatIfLeversSchema, type EigenBijdrageRegime, type WhatIfLevers } from '#shared/portfolio'
import type { DraftCheck, FieldErrors } from '../common/draft-form'
import { numberToInput, parseDecimal } from '../common/validation'

export type LeverField = 'wmo' | 'jeugdwet' | 'participatiewet' | 'zinToPgb' | 'respite' | 'householdHelp'

type WhatIfDraft = Record<LeverField, string> & { regime: EigenBijdrageRegime }

export function whatIfDraftOf(levers: WhatIfLevers): WhatIfDraft {
  return {
    wmo: numberToInput(levers.indexationPercentByLaw.wmo),
    jeugdwet: numberToInput(levers.indexationPercentByLaw.jeugdwet),
    participatiewet: numberToInput(levers.indexationPercentByLaw.participatiewet),
    zinToPgb: numberToInput(levers.zinToPgbPercent),
    respite: numberToInput(levers.respiteEtmaalPerMonth),
    householdHelp: numberToInput(levers.householdHelpPercentChange),
    regime: levers.eigenBijdrageRegime,
  }
}

export const whatIfCheck: DraftCheck<WhatIfDraft, WhatIfLevers> = {
  schema: whatIfLeversSchema,
  fields: {
    'indexationPercentByLaw.wmo': 'wmo',
    'indexationPercentByLaw.jeugdwet': 'jeugdwet',
    'indexationPercentByLaw.participatiewet': 'participatiewet',
    zinToPgbPercent: 'zinToPgb',
    respiteEtmaalPerMonth: 'respite',
    householdHelpPercentChange: 'householdHelp',
    eigenBijdrageRegime: 'regime',
  },
  read: (draft) => {
    const errors: FieldErrors<WhatIfDraft> = {}
    const n = (key: LeverField): number => {
      const read = parseDecimal(draft[key], { required: true })
      if (!read.ok) errors[key] = read.error
      return read.ok ? (read.value ?? 0) : 0
    }
    return {
      errors,
      value: {
        indexationPercentByLaw: {
          wmo: n('wmo'),
          jeugdwet: n('jeugdwet'),
          participatiewet: n('participatiewet'),
        },
        eigenBijdrageRegime: draft.regime,
        zinToPgbPercent: n('zinToPgb'),
        respiteEtmaalPerMonth: n('respite'),
        householdHelpPercentChange: n('householdHelp'),
      },
    }
  },
}
