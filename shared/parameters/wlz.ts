/**
 * Contribution parameters for care with stay (intramural contributions): the Wlz eigen bijdrage
 * (Besluit langdurige zorg, hoofdstuk 3 §3; collected by the CAK) and the Wmo beschermd-wonen
 * contribution (Uitvoeringsbesluit Wmo 2015 art. 3.9–3.12), which follows the same lage/hoge
 * system. Figures: docs/legal-reference.md#beschermd-wonen-contribution and docs/legal-reference.md#wlz-and-zvw.
 *
 * The CAK's formula works on the bijdrageplichtig inkomen (verzamelinkomen of year t-2 plus a
 * share of the vermogen) of the client and partner. A household record holds net monthly income
 * only, so the engine computes a labelled estimate on that income and reports the range the law
 * allows (lage: minimum–maximum; hoge: minimum–hoge maximum), see rules/wlz/eigen-bijdrage.ts.
 */
import type { CentsInput, Series } from '../domain/types'
import { derivedCents } from './series'
import { SRC } from './sources'

export type IntramuralContributionParams = {
  /** Lage bijdrage: this percentage of the (annual) bijdrageplichtig inkomen, per month. */
  lagePercent: number
  lageMinCents: CentsInput
  lageMaxCents: CentsInput
  hogeMaxCents: CentsInput
  /** The first months of a (new) stay are charged at the lage bijdrage. */
  lageMonths: number
  /** Deductions for the hoge bijdrage, per year (zak- en kleedgeld; extra aftrek < / ≥ AOW age). */
  zakEnKleedgeldSingleYearCents: CentsInput
  zakEnKleedgeldCoupleYearCents: CentsInput
  extraDeductionBelowAowYearCents: CentsInput
  extraDeductionAowYearCents: CentsInput
}

const CAK_LEB_HEB =
  'http://www.hetcak.nl/portalserver/portals/cak-portal/pages/k1-1-4-1-hoge-en-lage-eigen-bijdrage'
const UR_WMO_2025 =
  'Uitvoeringsregeling Wmo 2015 art. 10–12 (https://wetten.overheid.nl/BWBR0036096/2025-03-20), via docs/legal-reference.md#beschermd-wonen-contribution'

/** Deductions published for 2025 (Uitvoeringsregeling Wmo 2015); no 2026 figures were found. */
const DEDUCTIONS_2025 = {
  zakEnKleedgeldSingleYearCents: 4_583_00,
  zakEnKleedgeldCoupleYearCents: 7_129_00,
  extraDeductionBelowAowYearCents: 2_234_00,
  extraDeductionAowYearCents: 1_249_00,
} as const

/** The amounts that change each year; the rest of the lage/hoge system stays the same. */
type IntramuralAmounts = Pick<IntramuralContributionParams, 'lageMinCents' | 'lageMaxCents' | 'hogeMaxCents'>

/**
 * The Besluit langdurige zorg text the structure is read from: art. 3.3.2.1 (hoge: a twelfth of the
 * bijdrageplichtig inkomen, lid 2 only a maximum), art. 3.3.2.2 lid 1 sub a ("gedurende de eerste zes
 * maanden van verblijf"), lid 3 (lage minimum and maximum), lid 4 (pgb reduction), lid 7 (no lage
 * bijdrage on request on art. 23 lid 1 Participatiewet bijstand). Read in a consolidated version of
 * about 2017 (amounts € 2.284,60 / € 158,60 / € 832,60 / € 136); the indexation regelingen since
 * (e.g. stcrt. 2020, 50558) replace only the amounts. A claim that the lage period became four months
 * was checked: no law text or regeling saying so was found, so six months stands (M, unverified for
 * the current text).
 */
const BLZ_TEXT =
  'Besluit langdurige zorg art. 3.3.2.1 and 3.3.2.2 (https://wetten.overheid.nl/BWBR0035948), consolidated text of about 2017 via statengeneraal/laws-markdown AMvB/besluit/langdurige/zorg/BWBR0035948'

/**
 * One year's contribution parameters: the CAK's lage/hoge system (12.5% of the income for the first
 * six months, then the hoge bijdrage) with that year's amounts and the 2025 deductions.
 */
function intramuralParams(amounts: IntramuralAmounts): IntramuralContributionParams {
  return { lagePercent: 12.5, ...amounts, lageMonths: 6, ...DEDUCTIONS_2025 }
}

/** Beschermd-wonen amounts (stcrt. 2025, 35082), also the Wlz stand-in for these years (see below). */
const BESCHERMD_WONEN_2025: IntramuralAmounts = {
  lageMinCents: 205_00,
  lageMaxCents: 1_076_60,
  hogeMaxCents: 2_954_40,
}
const BESCHERMD_WONEN_2026: IntramuralAmounts = {
  lageMinCents: 212_60,
  lageMaxCents: 1_115_80,
  hogeMaxCents: 3_061_80,
}

/**
 * Wlz eigen bijdrage (Besluit langdurige zorg art. 3.3.2.1 hoge, 3.3.2.2 lage). 2021 figures from
 * the Staatscourant (numbers H, article mapping M). For 2025 and 2026 no Wlz publication was
 * retrieved: the beschermd-wonen figures of the same indexation regeling (stcrt. 2025, 35082) stand
 * in — the two regimes have carried the same amounts — marked unverified (L).
 */
export const WLZ_EIGEN_BIJDRAGE: Series<IntramuralContributionParams> = [
  {
    from: '2021-01-01',
    value: intramuralParams({
      lageMinCents: 171_40,
      lageMaxCents: 899_80,
      hogeMaxCents: 2_469_20,
    }),
    source: `https://zoek.officielebekendmakingen.nl/stcrt-2020-50558.html ; ${BLZ_TEXT} ; ${CAK_LEB_HEB} ; ${UR_WMO_2025}`,
    confidence: 'M',
    verified: false,
    note: 'GAP: the 2022–2024 Wlz amounts were not found; the 2021 amounts hold until 2025 and are marked unverified. Deductions are the 2025 Wmo figures used as a stand-in.',
  },
  {
    from: '2025-01-01',
    value: intramuralParams(BESCHERMD_WONEN_2025),
    source: `${SRC.stcrt2025_35082} (beschermd-wonen analogue, Uitvoeringsbesluit Wmo 2015 art. 3.11–3.12) ; ${BLZ_TEXT} ; ${CAK_LEB_HEB}`,
    confidence: 'L',
    verified: false,
    note: 'Placeholder: Wlz amounts for 2025 not retrieved (searched 2026-12-01: the Blz part of the 2025 indexation regeling and the CAK pages were not in the stored sources); the beschermd-wonen amounts are used. Six lage months per Blz art. 3.3.2.2 lid 1 sub a (no change to four months found).',
  },
  {
    from: '2026-01-01',
    value: intramuralParams(BESCHERMD_WONEN_2026),
    source: `${SRC.stcrt2025_35082} (beschermd-wonen analogue) ; ${BLZ_TEXT} ; ${CAK_LEB_HEB}`,
    confidence: 'L',
    verified: false,
    note: 'Placeholder: Wlz amounts for 2026 not retrieved (the stored copy of stcrt. 2025, 35082 shows its Wmo part only); the beschermd-wonen amounts of that regeling are used. Deductions: 2025 figures (2026 not found). Six lage months per Blz art. 3.3.2.2 lid 1 sub a.',
  },
]

/**
 * Beschermd wonen (Uitvoeringsbesluit Wmo 2015 art. 3.11 lid 2 hoge maximum, 3.12 lid 3 lage
 * minimum and maximum). Numbers H (stcrt. 2025, 35082), meaning M; the 12.5% and the 6 months
 * follow the CAK's lage/hoge system shared with the Wlz (M, unverified against the besluit).
 */
export const BESCHERMD_WONEN_BIJDRAGE: Series<IntramuralContributionParams> = [
  {
    from: '2024-01-01',
    value: intramuralParams({
      lageMinCents: derivedCents(205_00, 21_00, 20_60),
      lageMaxCents: derivedCents(1_076_60, 21_00, 20_60),
      hogeMaxCents: derivedCents(2_954_40, 21_00, 20_60),
    }),
    source: `${SRC.referenceGap}: 2025 amounts scaled by the abonnementstarief ratio 2024/2025`,
    confidence: 'L',
    verified: false,
  },
  {
    from: '2025-01-01',
    value: intramuralParams(BESCHERMD_WONEN_2025),
    source: `${SRC.stcrt2025_35082} ; ${CAK_LEB_HEB} ; ${UR_WMO_2025}`,
    confidence: 'M',
    verified: false,
  },
  {
    from: '2026-01-01',
    value: intramuralParams(BESCHERMD_WONEN_2026),
    source: `${SRC.stcrt2025_35082} ; ${CAK_LEB_HEB} ; ${UR_WMO_2025}`,
    confidence: 'M',
    verified: false,
    note: 'Deductions: 2025 figures (2026 not found).',
  },
]

export type WlzAtHomeCeilingParams = {
  /**
   * Care at home (vpt, mpt, Wlz-pgb) may cost at most this percentage of the stay (verblijf) it
   * replaces, per month, before the zorgkantoor's doelmatigheidstoets is likely to refuse or limit it.
   */
  percentOfStay: number
}

const WLZ_TEXT_2025 =
  'Wlz art. 3.2.1 lid 1 ("uit een oogpunt van doelmatige zorgverlening") and art. 3.3.3 lid 4 sub a (pgb only "op doelmatige wijze"), text valid from 2025-07-05 (https://wetten.overheid.nl/BWBR0035917/2025-07-05), via MinBZK/regelrecht corpus/regulation/nl/wet/wet_langdurige_zorg/2025-07-05.yaml'

/**
 * The zorgkantoor's cost ceiling (doelmatigheidsgrens, "kostenplafond") for Wlz care at home: the
 * cost of the corresponding stay. The doelmatigheid requirement itself is in the Wlz text (H); the
 * ceiling at 100% of the stay is the zorgkantoren's practice, set per zorgprofiel by the NZa
 * tariffs and zorgkantoor policy, which was not retrieved — confidence L, unverified. The stay's
 * cost is the profile's wlz.verblijf tariff (itself a placeholder in the example profile).
 */
export const WLZ_AT_HOME_CEILING: Series<WlzAtHomeCeilingParams> = [
  {
    from: '2015-01-01',
    value: { percentOfStay: 100 },
    source: `${WLZ_TEXT_2025} ; ceiling at the cost of the stay: zorgkantoor practice (NZa beleidsregels / zorgkantoor inkoopbeleid, not retrieved)`,
    confidence: 'L',
    verified: false,
    note: 'GAP: the exact ceiling per zorgprofiel (incl. meerzorg and the zorgkantoor’s margin) was not found; the engine compares with the profile’s verblijf tariff.',
  },
]

export type SupportedChildrenParams = {
  /**
   * A child for whom kinderbijslag is paid (Algemene Kinderbijslagwet: under 18) keeps the parent at
   * the lage bijdrage (Blz art. 3.3.2.2 lid 1 sub c; the engine takes every child under this age).
   */
  kinderbijslagBelowAge: number
  /** Also a child with studiefinanciering, as long as the child is younger than this age (same sub c). */
  studiefinancieringBelowAge: number
}

/**
 * The children a Wlz or beschermd-wonen client "moet voorzien in de kosten van onderhoud" of, which
 * keep the lage bijdrage (Besluit langdurige zorg art. 3.3.2.2 lid 1 sub c). Read from the text of the
 * 2015 version (H for that version); not checked against the version in force now (M).
 */
export const WLZ_SUPPORTED_CHILDREN: Series<SupportedChildrenParams> = [
  {
    from: '2015-01-01',
    value: { kinderbijslagBelowAge: 18, studiefinancieringBelowAge: 27 },
    source:
      'Besluit langdurige zorg art. 3.3.2.2 lid 1 sub c (https://wetten.overheid.nl/BWBR0035948), text of the 2015 version via statengeneraal/laws-markdown AMvB/besluit/langdurige/zorg/BWBR0035948',
    confidence: 'M',
    verified: false,
    note: 'Current consolidated text not retrieved; the 2015 wording: kinderbijslag, or studiefinanciering for a child under 27.',
  },
]
