/**
 * Participatiewet parameters: bijstand norms (net per month including 5% vakantietoeslag), the
 * kostendelersnorm, inkomstenvrijlating and vermogensgrenzen. Figures: docs/legal-reference.md#participatiewet.
 * Norms change on 1 January and 1 July; where a half-year's figure was not found, an explicit
 * fallback entry keeps the previous value marked unverified (never a silent carry-over); years before
 * the first sourced figure are derived (confidence L).
 */
import type { CentsInput, Dated, Series } from '../domain/types'
import { derivedCents } from './series'
import { SRC } from './sources'

export type BijstandNormKey =
  | 'single'
  | 'couple'
  | 'single18to20'
  | 'couple18to20'
  | 'couple18to20WithChildren'
  | 'coupleOne18to20'
  | 'coupleOne18to20WithChildren'
  | 'aowSingle'
  | 'aowCouple'
  | 'institutionSingle'
  | 'institutionCouple'

const PW_2025_TEXT =
  'Participatiewet, text valid from 2025-01-01 (https://wetten.overheid.nl/BWBR0015703/2025-01-01), via MinBZK/regelrecht corpus/regulation/nl/wet/participatiewet/2025-01-01.yaml'
const RIJK_2025_07 =
  'https://www.metronieuws.nl/geld-carriere/2025/06/bedrag-bijstand-verhoogd-juli-2025/ (quoting Rijksoverheid, bedragen per 1 juli 2025)'
/** No published figure was found for 1 July 2026: the January value is kept, explicitly unverified. */
const GAP_2026_07 =
  'GAP: no published 1 July 2026 figure found; the 1 January 2026 value is kept as a fallback, unverified'
const GAP_2025_07 =
  'GAP: no published 1 July 2025 figure found for this norm; the 1 January 2025 value is kept as a fallback, unverified'

/** An explicit fallback entry: the previous value, marked unverified (never a silent carry-over). */
function fallback<T>(from: string, value: T, note: string): Dated<T> {
  return { from, value, source: note, confidence: 'L', verified: false, note }
}

// Anchors used for derivations (21+ norms, H).
const SINGLE_2024_01 = 128383
const SINGLE_2025_01 = 134545
const SINGLE_2026_01 = 140150
const COUPLE_2024_01 = 183404
const COUPLE_2025_01 = 192207
const COUPLE_2026_01 = 200213

/**
 * A jongerennorm for gehuwden (art. 20 lid 1 and 2 sub b and c): the 1 January 2025 amount as the law
 * text states it (H), 2024 derived from it, 2026 from the 2026 source (M), fallbacks for 1 July.
 */
function couple18to20Series(
  value2025: CentsInput,
  value2026: CentsInput,
  article: string,
  note: string,
): Series<CentsInput> {
  return [
    {
      from: '2024-01-01',
      value: derivedCents(value2025, COUPLE_2025_01, COUPLE_2024_01),
      source: `${SRC.referenceGap}: 2025 value × gehuwdennorm 2024-01 / 2025-01`,
      confidence: 'L',
      verified: false,
    },
    { from: '2025-01-01', value: value2025, source: `${PW_2025_TEXT} (${article})`, confidence: 'H', note },
    fallback('2025-07-01', value2025, GAP_2025_07),
    { from: '2026-01-01', value: value2026, source: SRC.regelrecht2026, confidence: 'M', note },
    fallback('2026-07-01', value2026, GAP_2026_07),
  ]
}

function institutionSeries(value2025: CentsInput, value2026: CentsInput, sub: 'a' | 'b'): Series<CentsInput> {
  return [
    {
      from: '2024-01-01',
      value: derivedCents(value2025, COUPLE_2025_01, COUPLE_2024_01),
      source: `${SRC.referenceGap}: 2025 value × gehuwdennorm 2024-01 / 2025-01`,
      confidence: 'L',
      verified: false,
    },
    {
      from: '2025-01-01',
      value: value2025,
      source: `${PW_2025_TEXT} (art. 23 lid 1 sub ${sub})`,
      confidence: 'H',
    },
    fallback('2025-07-01', value2025, GAP_2025_07),
    { from: '2026-01-01', value: value2026, source: SRC.regelrecht2026, confidence: 'M' },
    fallback('2026-07-01', value2026, GAP_2026_07),
  ]
}

export const BIJSTAND_NORMS: Record<BijstandNormKey, Series<CentsInput>> = {
  /** Alleenstaande and alleenstaande ouder, 21 to AOW age (art. 21 Pw). */
  single: [
    {
      from: '2024-01-01',
      value: SINGLE_2024_01,
      source: `${SRC.westland} (2024) ; https://www.rsddeliemers.nl/uitkeringsbedragen-participatiewet`,
      confidence: 'H',
    },
    { from: '2024-07-01', value: 130845, source: SRC.velsen2024, confidence: 'H' },
    { from: '2025-01-01', value: SINGLE_2025_01, source: `${SRC.westland} (2025)`, confidence: 'H' },
    { from: '2025-07-01', value: 136906, source: RIJK_2025_07, confidence: 'M' },
    {
      from: '2026-01-01',
      value: SINGLE_2026_01,
      source: SRC.regelrecht2026,
      confidence: 'M',
      note: 'Consistent: 0.70 × 2,002.13 = 1,401.49.',
    },
    fallback('2026-07-01', SINGLE_2026_01, GAP_2026_07),
  ],
  /** Gehuwden, both 21 to AOW age (art. 21 Pw). */
  couple: [
    { from: '2024-01-01', value: COUPLE_2024_01, source: `${SRC.westland} (2024)`, confidence: 'H' },
    { from: '2024-07-01', value: 186921, source: SRC.velsen2024, confidence: 'H' },
    { from: '2025-01-01', value: COUPLE_2025_01, source: `${SRC.westland} (2025)`, confidence: 'H' },
    { from: '2025-07-01', value: 195580, source: RIJK_2025_07, confidence: 'M' },
    { from: '2026-01-01', value: COUPLE_2026_01, source: SRC.regelrecht2026, confidence: 'M' },
    fallback('2026-07-01', COUPLE_2026_01, GAP_2026_07),
  ],
  /** Alleenstaande (ouder) 18–20 (art. 20 Pw, jongerennorm). */
  single18to20: [
    {
      from: '2024-01-01',
      value: derivedCents(33217, SINGLE_2025_01, SINGLE_2024_01),
      source: `${SRC.referenceGap}: 2025 value × single norm 2024-01 / 2025-01`,
      confidence: 'L',
      verified: false,
    },
    {
      from: '2025-01-01',
      value: 33217,
      source: `${SRC.westland} (2025) ; ${PW_2025_TEXT} (art. 20 lid 1 sub a and lid 2 sub a)`,
      confidence: 'H',
      note: 'The same amount is the fixed part of the kostendelersnorm of art. 22a lid 3 sub b.',
    },
    fallback('2025-07-01', 33217, GAP_2025_07),
    { from: '2026-01-01', value: 34599, source: SRC.regelrecht2026, confidence: 'M' },
    fallback('2026-07-01', 34599, GAP_2026_07),
  ],
  couple18to20: couple18to20Series(
    66434,
    69198,
    'art. 20 lid 1 sub b',
    'Gehuwden, both 18–20, without children.',
  ),
  couple18to20WithChildren: couple18to20Series(
    104875,
    109241,
    'art. 20 lid 2 sub b',
    'Gehuwden, both 18–20, with children.',
  ),
  coupleOne18to20: couple18to20Series(
    129321,
    134706,
    'art. 20 lid 1 sub c',
    'Gehuwden, one 18–20 and one 21+, without children.',
  ),
  coupleOne18to20WithChildren: couple18to20Series(
    167762,
    174749,
    'art. 20 lid 2 sub c',
    'Gehuwden, one 18–20 and one 21+, with children.',
  ),
  /** AOW-age norms (for reference; after AOW age the SVB pays AIO, not the municipality). */
  aowSingle: [
    {
      from: '2024-01-01',
      value: derivedCents(150107, SINGLE_2025_01, SINGLE_2024_01),
      source: `${SRC.referenceGap}: 2025 value × single norm 2024-01 / 2025-01`,
      confidence: 'L',
      verified: false,
    },
    { from: '2025-01-01', value: 150107, source: `${SRC.westland} (2025)`, confidence: 'H' },
    { from: '2025-07-01', value: 153021, source: RIJK_2025_07, confidence: 'M' },
    { from: '2026-01-01', value: 156469, source: SRC.regelrecht2026, confidence: 'M' },
    fallback('2026-07-01', 156469, GAP_2026_07),
  ],
  aowCouple: [
    {
      from: '2024-01-01',
      value: derivedCents(205348, COUPLE_2025_01, COUPLE_2024_01),
      source: `${SRC.referenceGap}: 2025 value × couple norm 2024-01 / 2025-01`,
      confidence: 'L',
      verified: false,
    },
    {
      from: '2025-01-01',
      value: 205348,
      source: `${SRC.westland} (2025) ; ${PW_2025_TEXT} (art. 22 sub b and c)`,
      confidence: 'H',
    },
    { from: '2025-07-01', value: 209498, source: RIJK_2025_07, confidence: 'M' },
    { from: '2026-01-01', value: 214416, source: SRC.regelrecht2026, confidence: 'M' },
    fallback('2026-07-01', 214416, GAP_2026_07),
  ],
  /** Persons in an institution (art. 23 lid 1 Pw), excluding the statutory increase of lid 2. */
  institutionSingle: institutionSeries(42603, 44376, 'a'),
  institutionCouple: institutionSeries(66269, 69027, 'b'),
}

/**
 * The statutory increase of the institution norm (art. 23 lid 2 Pw: "wordt verhoogd met"), for an
 * alleenstaande (ouder) and for gehuwden.
 */
export const INSTITUTION_NORM_INCREASE: Series<{ singleCents: CentsInput; coupleCents: CentsInput }> = [
  {
    from: '2024-01-01',
    value: { singleCents: 4500, coupleCents: 10100 },
    source: `${SRC.referenceGap}: the 2025 amounts, held back to 2024`,
    confidence: 'L',
    verified: false,
  },
  {
    from: '2025-01-01',
    value: { singleCents: 4500, coupleCents: 10100 },
    source: `${PW_2025_TEXT} (art. 23 lid 2)`,
    confidence: 'H',
  },
  {
    from: '2026-01-01',
    value: { singleCents: 4700, coupleCents: 10600 },
    source: SRC.regelrecht2026,
    confidence: 'M',
  },
]

/** Kostendelersnorm (art. 22a Pw): norm = ((base + A × perPerson) / A) × gehuwdennorm. */
export const KOSTENDELERSNORM: Series<{
  basePercent: number
  perPersonPercent: number
  minHousemateAge: number
  minRecipientAge: number
}> = [
  {
    from: '2015-01-01',
    value: { basePercent: 40, perPersonPercent: 30, minHousemateAge: 21, minRecipientAge: 21 },
    source: SRC.schulinckKdn,
    confidence: 'H',
  },
  {
    from: '2023-01-01',
    value: { basePercent: 40, perPersonPercent: 30, minHousemateAge: 27, minRecipientAge: 21 },
    source: `${SRC.schulinckKdn} ; ${SRC.drimmelenKdn} (housemates count from 27 since 2023)`,
    confidence: 'H',
  },
]

export type InkomstenvrijlatingParams = {
  ratePercent: number
  capCents: CentsInput
  months: number
  minAge: number
  /** Extra for an alleenstaande ouder with a child under `singleParentChildMaxAge`. */
  singleParentRatePercent: number
  singleParentCapCents: CentsInput
  singleParentMonths: number
  singleParentChildMaxAge: number
}

export const INKOMSTENVRIJLATING: Series<InkomstenvrijlatingParams> = [
  {
    from: '2024-01-01',
    value: {
      ratePercent: 25,
      capCents: 26400,
      months: 6,
      minAge: 27,
      singleParentRatePercent: 12.5,
      singleParentCapCents: 16473,
      singleParentMonths: 30,
      singleParentChildMaxAge: 12,
    },
    source: SRC.uithoorn,
    confidence: 'H',
  },
  {
    from: '2024-07-01',
    value: {
      ratePercent: 25,
      capCents: 26900,
      months: 6,
      minAge: 27,
      singleParentRatePercent: 12.5,
      singleParentCapCents: 16779,
      singleParentMonths: 30,
      singleParentChildMaxAge: 12,
    },
    source: SRC.velsen2024,
    confidence: 'H',
  },
  {
    from: '2025-01-01',
    value: vrijlating(27300, 17061),
    source: `${PW_2025_TEXT} (art. 31 lid 2 sub n and r)`,
    confidence: 'H',
  },
  fallback('2025-07-01', vrijlating(27300, 17061), GAP_2025_07),
  {
    from: '2026-01-01',
    value: vrijlating(28500, 17766),
    source: `${SRC.regelrecht2026} ; ${SRC.iasz}`,
    confidence: 'M',
  },
  fallback('2026-07-01', vrijlating(28500, 17766), GAP_2026_07),
]

function vrijlating(capCents: CentsInput, singleParentCapCents: CentsInput): InkomstenvrijlatingParams {
  return {
    ratePercent: 25,
    capCents,
    months: 6,
    minAge: 27,
    singleParentRatePercent: 12.5,
    singleParentCapCents,
    singleParentMonths: 30,
    singleParentChildMaxAge: 12,
  }
}

export type Vermogensgrenzen = {
  singleCents: CentsInput
  coupleOrSingleParentCents: CentsInput
  eigenWoningCents: CentsInput
}

/** Vermogensgrenzen (art. 34 Pw); informational — the engine does not model assets. */
export const VERMOGENSGRENZEN: Series<Vermogensgrenzen> = [
  {
    from: '2024-01-01',
    value: { singleCents: 757500, coupleOrSingleParentCents: 1515000, eigenWoningCents: 6390000 },
    source: SRC.velsen2024,
    confidence: 'H',
    note: 'GAP: the 2025 limits were not found; carried forward until 2026-01-01.',
  },
  {
    from: '2026-01-01',
    value: { singleCents: 800000, coupleOrSingleParentCents: 1600000, eigenWoningCents: 6750000 },
    source: `${SRC.regelrecht2026} ; ${SRC.iasz}`,
    confidence: 'M',
  },
]

export type ParticipatiewetAges = {
  /** Bijstand and reintegration from this age (art. 11 Pw; the norms of art. 20 start at 18). */
  minAge: number
  /** Below this age the jongerennorm applies (art. 20); from it the regular norm (art. 21). */
  regularNormAge: number
  /**
   * A student below this age has no right to algemene bijstand (art. 13 lid 2 sub c Pw); the
   * engine applies it to a spouse (art. 24).
   */
  studentExclusionBelowAge: number
}

/** The ages of the Participatiewet, unchanged since the law took effect on 1 January 2015. */
export const PARTICIPATIEWET_AGES: Series<ParticipatiewetAges> = [
  {
    from: '2015-01-01',
    value: { minAge: 18, regularNormAge: 21, studentExclusionBelowAge: 27 },
    source: `${PW_2025_TEXT} (art. 11, art. 13 lid 1 sub f and lid 2 sub c, art. 20, art. 21)`,
    confidence: 'H',
  },
]

export type IndividueleInkomenstoeslagParams = {
  /** From this age (art. 36 lid 1 Pw: "21 jaar of ouder doch jonger dan de pensioengerechtigde leeftijd"). */
  minAge: number
  /** No new toeslag within this many months of the last one (art. 36 lid 3 Pw). */
  waitMonths: number
}

export const INDIVIDUELE_INKOMENSTOESLAG: Series<IndividueleInkomenstoeslagParams> = [
  {
    from: '2015-01-01',
    value: { minAge: 21, waitMonths: 12 },
    source: `${PW_2025_TEXT} (art. 36 lid 1 and lid 3)`,
    confidence: 'H',
    verified: true,
    note: 'Both read in the text of 1 January 2025: lid 1 "21 jaar of ouder doch jonger dan de pensioengerechtigde leeftijd"; lid 3 "in de periode van 12 maanden onmiddellijk voorafgaande aan de aanvraag … wordt de aanvraag afgewezen" (checked 2026-12-01).',
  },
]
