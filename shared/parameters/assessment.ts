/**
 * Assessment parameters: how the Zelfredzaamheid-Matrix (ZRM) scores of the onderzoek turn into
 * needs. Neither figure is a legal norm — the Wmo leaves the translation of needs into support to
 * the onderzoek (Wmo 2015 art. 2.3.2 lid 4) — so both are dated modelling assumptions with their
 * source, confidence L, unverified, and the consultant can change them in the optimiser
 * (docs/legal-reference.md#zrm).
 */
import type { Series } from '../domain/types'

export type NeedAssessmentParams = {
  /** A ZRM domain scored at or below this (1 acute, 2 not self-reliant) is a need to be covered. */
  unmetNeedMaxScore: number
  /** Assumed hours of support a week for a domain scored 1 … */
  score1HoursPerWeek: number
  /** … and for a domain scored 2. */
  score2HoursPerWeek: number
}

const ZRM_SOURCE =
  'Zelfredzaamheid-Matrix (GGD Amsterdam, www.zelfredzaamheidmatrix.nl): 1 acute problematiek, 2 niet zelfredzaam'

export const NEED_ASSESSMENT: Series<NeedAssessmentParams> = [
  {
    from: '2015-01-01',
    value: { unmetNeedMaxScore: 2, score1HoursPerWeek: 6, score2HoursPerWeek: 3 },
    source: `${ZRM_SOURCE} ; hours: Maatwerk modelling assumption (no national standard exists)`,
    confidence: 'L',
    verified: false,
    note: 'The scores 1–2 follow the ZRM definitions; the hours are an assumption the consultant edits per person and domain.',
  },
]
