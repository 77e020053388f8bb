/**
 * Participatiewet parameters: bijstand norms (net per month including 5% vakantietoeslag), the
 * kostendelersnorm, inkomstenvrijlating and vermogensgrenzen. Figures: docs/legal-reference.md#participatiewet.
 * Norms change on 1 January and 1 July. From 1 July 2025 every half-year has its own entry, read in
 * the consolidated law text of that date (wetten.overheid.nl via MinBZK/regelrecht-corpus): H for
 * 1 July 2025 and 1 January 2026, M for 1 July 2026 (PW_2026_07_CAVEAT). Years before the first
 * sourced figure are derived (confidence L).
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
const PW_2025_07_TEXT =
  'Participatiewet, text valid from 2025-07-01 (https://wetten.overheid.nl/BWBR0015703/2025-07-01), via MinBZK/regelrecht-corpus regulation/nl/wet/participatiewet/2025-07-01.yaml (read 2026-12-02)'
const PW_2026_01_TEXT =
  'Participatiewet, text valid from 2026-01-01 (https://wetten.overheid.nl/BWBR0015703/2026-01-01), via MinBZK/regelrecht-corpus regulation/nl/wet/participatiewet/2026-01-01.yaml (read 2026-12-02)'
const PW_2026_07_TEXT =
  'Participatiewet, text valid from 2026-07-01 (https://wetten.overheid.nl/BWBR0015703/2026-07-01), via MinBZK/regelrecht-corpus regulation/nl/wet/participatiewet/2026-07-01.yaml (read 2026-12-02)'
/**
 * Why the figures of 1 July 2026 are M although they are read in the law text: the corpus file may not
 * be the final consolidation.
 */
const PW_2026_07_CAVEAT =
  'Read as the consolidated text valid from 1 July 2026, but marked M: the publication_date of the corpus file (2025-10-29) predates the indexation it shows, and in it art. 23 lid 2 and the art. 31 lid 2 amounts are unchanged from 1 January 2026.'

type LawTextDate = '2025-07-01' | '2026-01-01' | '2026-07-01'

const LAW_TEXT: Record<LawTextDate, string> = {
  '2025-07-01': PW_2025_07_TEXT,
  '2026-01-01': PW_2026_01_TEXT,
  '2026-07-01': PW_2026_07_TEXT,
}

/**
 * An entry read in the Participatiewet text valid from `from`, at `article`: H for 1 July 2025 and
 * 1 January 2026, M for 1 July 2026 (PW_2026_07_CAVEAT). `alsoSource` names a secondary source that
 * gives the same amount.
 */
function fromLawText<T>(
  from: LawTextDate,
  value: T,
  article: string,
  extra: { note?: string; alsoSource?: string } = {},
): Dated<T> {
  const july2026 = from === '2026-07-01'
  const note = [extra.note, july2026 ? PW_2026_07_CAVEAT : undefined].filter(Boolean).join(' ')
  return {
    from,
    value,
    source: `${LAW_TEXT[from]} (${article})${extra.alsoSource ? ` ; ${extra.alsoSource}` : ''}`,
    confidence: july2026 ? 'M' : 'H',
    verified: true,
    ...(note ? { note } : {}),
  }
}

/**
 * The entries of 1 July 2025, 1 January 2026 and 1 July 2026 of one amount, each as its law text
 * states it (values in that date order).
 */
function lawTextHalfYears<T>(
  [jul2025, jan2026, jul2026]: readonly [T, T, T],
  article: string,
  note?: string,
): Series<T> {
  const extra = note === undefined ? {} : { note }
  return [
    fromLawText('2025-07-01', jul2025, article, extra),
    fromLawText('2026-01-01', jan2026, article, extra),
    fromLawText('2026-07-01', jul2026, article, extra),
  ]
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
 * text states it (H), 2024 derived from it, and the amounts of 1 July 2025, 1 January 2026 and
 * 1 July 2026 as their law texts state them (`later`, in that order).
 */
function couple18to20Series(
  value2025: CentsInput,
  later: readonly [CentsInput, CentsInput, CentsInput],
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
    ...lawTextHalfYears(later, article, note),
  ]
}

/** An institution norm (art. 23 lid 1): as `couple18to20Series`. */
function institutionSeries(
  value2025: CentsInput,
  later: readonly [CentsInput, CentsInput, CentsInput],
  sub: 'a' | 'b',
): Series<CentsInput> {
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
    ...lawTextHalfYears(later, `art. 23 lid 1 sub ${sub}`),
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
    fromLawText('2025-07-01', 136906, 'art. 21 sub a', { alsoSource: RIJK_2025_07 }),
    fromLawText('2026-01-01', SINGLE_2026_01, 'art. 21 sub a', {
      alsoSource: SRC.regelrecht2026,
      note: 'Consistent: 0.70 × 2,002.13 = 1,401.49.',
    }),
    fromLawText('2026-07-01', 141946, 'art. 21 sub a'),
  ],
  /** Gehuwden, both 21 to AOW age (art. 21 Pw). */
  couple: [
    { from: '2024-01-01', value: COUPLE_2024_01, source: `${SRC.westland} (2024)`, confidence: 'H' },
    { from: '2024-07-01', value: 186921, source: SRC.velsen2024, confidence: 'H' },
    { from: '2025-01-01', value: COUPLE_2025_01, source: `${SRC.westland} (2025)`, confidence: 'H' },
    fromLawText('2025-07-01', 195580, 'art. 21 sub b', { alsoSource: RIJK_2025_07 }),
    fromLawText('2026-01-01', COUPLE_2026_01, 'art. 21 sub b', { alsoSource: SRC.regelrecht2026 }),
    fromLawText('2026-07-01', 202779, 'art. 21 sub b'),
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
    ...lawTextHalfYears(
      [33798, 34599, 35042],
      'art. 20 lid 1 sub a and lid 2 sub a',
      'The same amount is the fixed part of the kostendelersnorm of art. 22a lid 3 sub b.',
    ),
  ],
  couple18to20: couple18to20Series(
    66434,
    [67596, 69198, 70084],
    'art. 20 lid 1 sub b',
    'Gehuwden, both 18–20, without children.',
  ),
  couple18to20WithChildren: couple18to20Series(
    104875,
    [106712, 109241, 110640],
    'art. 20 lid 2 sub b',
    'Gehuwden, both 18–20, with children.',
  ),
  coupleOne18to20: couple18to20Series(
    129321,
    [131588, 134706, 136432],
    'art. 20 lid 1 sub c',
    'Gehuwden, one 18–20 and one 21+, without children.',
  ),
  coupleOne18to20WithChildren: couple18to20Series(
    167762,
    [170704, 174749, 176988],
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
    fromLawText('2025-07-01', 153021, 'art. 22 sub a', { alsoSource: RIJK_2025_07 }),
    fromLawText('2026-01-01', 156469, 'art. 22 sub a', { alsoSource: SRC.regelrecht2026 }),
    fromLawText('2026-07-01', 158734, 'art. 22 sub a'),
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
    fromLawText('2025-07-01', 209498, 'art. 22 sub b and c', { alsoSource: RIJK_2025_07 }),
    fromLawText('2026-01-01', 214416, 'art. 22 sub b and c', { alsoSource: SRC.regelrecht2026 }),
    fromLawText('2026-07-01', 217610, 'art. 22 sub b and c'),
  ],
  /** Persons in an institution (art. 23 lid 1 Pw), excluding the statutory increase of lid 2. */
  institutionSingle: institutionSeries(42603, [43349, 44376, 44944], 'a'),
  institutionCouple: institutionSeries(66269, [67429, 69027, 69911], 'b'),
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
  ...lawTextHalfYears(
    [
      { singleCents: 4500, coupleCents: 10100 },
      { singleCents: 4700, coupleCents: 10600 },
      { singleCents: 4700, coupleCents: 10600 },
    ],
    'art. 23 lid 2 sub a and b',
  ),
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

/** What the 2026 texts hold next to art. 31 lid 2 sub n and r, and the engine leaves out. */
const VRIJLATING_2026_NOTE =
  'The same text also holds the new vrijlating of art. 34a and the bufferbudget of art. 34b (Participatiewet in balans), which the engine does not model.'

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
  fromLawText('2025-07-01', vrijlating(27800, 17387), 'art. 31 lid 2 sub n and r'),
  fromLawText('2026-01-01', vrijlating(28500, 17766), 'art. 31 lid 2 sub n and r', {
    alsoSource: `${SRC.regelrecht2026} ; ${SRC.iasz}`,
    note: VRIJLATING_2026_NOTE,
  }),
  fromLawText('2026-07-01', vrijlating(28500, 17766), 'art. 31 lid 2 sub n and r', {
    note: VRIJLATING_2026_NOTE,
  }),
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
    note: 'GAP: the limits of 1 January 2025 were not found; carried forward until 2025-07-01.',
  },
  ...lawTextHalfYears<Vermogensgrenzen>(
    [
      { singleCents: 777000, coupleOrSingleParentCents: 1554000, eigenWoningCents: 6550000 },
      { singleCents: 800000, coupleOrSingleParentCents: 1600000, eigenWoningCents: 6750000 },
      { singleCents: 800000, coupleOrSingleParentCents: 1600000, eigenWoningCents: 6750000 },
    ],
    'art. 34 lid 2 sub d and lid 3',
    'The limit of an alleenstaande ouder (lid 3 sub b) equals that of gehuwden (sub c) in each text.',
  ),
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
