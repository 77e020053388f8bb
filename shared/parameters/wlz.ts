/**
 * Contribution parameters for care with stay (intramural contributions): the Wlz eigen bijdrage
 * (Besluit langdurige zorg, hoofdstuk 3 §3; collected by the CAK) and the Wmo beschermd-wonen
 * contribution (Uitvoeringsbesluit Wmo 2015 art. 3.11–3.19), which follows the same lage/hoge
 * system. Figures: docs/legal-reference.md#beschermd-wonen-contribution and docs/legal-reference.md#wlz-and-zvw.
 *
 * The CAK's formula works on the bijdrageplichtig inkomen (verzamelinkomen of year t-2 plus the
 * vermogensinkomensbijtelling, a share of the box-3 vermogen above the heffingsvrij vermogen) of the
 * client and partner. A household record holds net monthly income and, when asked, each member's
 * box-3 assets, so the engine computes a labelled estimate and reports the range the law allows
 * (lage: minimum–maximum; hoge: nil–hoge maximum), see rules/wlz/eigen-bijdrage.ts.
 */
import type { CentsInput, IsoDateInput, Series } from '../domain/types'
import { derivedCents, valueAt } from './series'
import { SRC } from './sources'

export type IntramuralContributionParams = {
  /** Lage bijdrage: this percentage of the (annual) bijdrageplichtig inkomen, per month (INTRAMURAL_LAGE_REGIME). */
  lagePercent: number
  lageMinCents: CentsInput
  lageMaxCents: CentsInput
  hogeMaxCents: CentsInput
  /** The first months of a (new) stay are charged at the lage bijdrage (INTRAMURAL_LAGE_REGIME). */
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
 * bijdrageplichtig inkomen, lid 2 only a maximum), art. 3.3.2.2 lid 1 (lage), lid 3 (lage minimum and
 * maximum), lid 4 (pgb reduction), lid 7 (no lage bijdrage on request on art. 23 lid 1 Participatiewet
 * bijstand), art. 3.3.1.2 (vermogen) and 3.3.2.3 lid 1 sub c / 3.3.2.4 lid 1 (the bijtelling), read
 * in a consolidated version of about 2017 (amounts € 2.284,60 / € 158,60 / € 832,60 / € 136). The
 * percentage, the lage period and the bijtelling were changed since: see INTRAMURAL_LAGE_REGIME and
 * VERMOGENSINKOMENSBIJTELLING.
 */
const BLZ_TEXT =
  'Besluit langdurige zorg art. 3.3.1.2, 3.3.2.1–3.3.2.4 (https://wetten.overheid.nl/BWBR0035948), consolidated text of about 2017 via statengeneraal/laws-markdown AMvB/besluit/langdurige/zorg/BWBR0035948'
const STB_2017_460 =
  'Stb. 2017, 460 (https://zoek.officielebekendmakingen.nl/stb-2017-460.html): art. I and II replace "12,5%" by "10%" in Blz art. 3.3.2.2 lid 1 and 2 and Uitvoeringsbesluit Wmo 2015 art. 3.12 lid 1 and 2, art. III: in force 1 January 2018'
const STB_2018_444 =
  'Stb. 2018, 444 (https://zoek.officielebekendmakingen.nl/stb-2018-444.html), Besluit van 26 november 2018 "tot verlaging van de vermogensinkomensbijtelling, verkorting van de overgangstermijnen voor de hoge en lage eigen bijdrage" (Blz and Uitvoeringsbesluit Wmo 2015); its opening text read (searched 2026-12-01; https://zoek.officielebekendmakingen.nl/kst-32827-124.html/stb-2018-444.html): art. I A inserts the definitions "vermogensinkomensbijtelling: bijtelling van het vermogen als bedoeld in artikel 3.3.1.2a" and "compensatie vervallen ouderentoeslag" (art. 3.3.1.2a lid 1–3); the amended percentage and lage period themselves lie beyond the part that was read. The figures (8% to 4%; the hoge bijdrage after four instead of six months, Wlz and beschermd wonen) per the consultation summary https://www.schulinck.nl/sociaal-domein/wmo-nieuws-nieuws-sociaal-domein-wmo-internetconsultatie-verlaging-eigen-bijdrage-wmo ("per 1 januari 2019") and https://omnyacc.nl/eigen-bijdrage-wlz ("de eerste vier maanden de lage eigen bijdrage")'

export type LageRegimeParams = {
  /** The lage bijdrage per month: this percentage of a twelfth of the yearly bijdrageplichtig inkomen. */
  lagePercent: number
  /**
   * A new stay is charged the lage bijdrage for its first months (Blz art. 3.3.2.2 lid 1 sub a and b;
   * Uitvoeringsbesluit Wmo 2015 art. 3.12 for beschermd wonen). The engine takes the number in force
   * on the first day of the stay: the overgangsrecht of stb. 2018, 444 was not retrieved.
   */
  lageMonths: number
}

/**
 * The lage regime shared by the Wlz and beschermd wonen, which the same besluiten changed together:
 * 12.5% and six months in the 2015 text (H); 10% from 1 January 2018 (stb. 2017, 460 — H, the
 * Staatsblad text was read); four months from 1 January 2019 (stb. 2018, 444 — its title read, the
 * number from the consultation summary and an accountant's 2021 explanation: M, unverified until the
 * article text is seen). An earlier note here said no change to four months was found: wrong, fixed.
 */
export const INTRAMURAL_LAGE_REGIME: Series<LageRegimeParams> = [
  {
    from: '2015-01-01',
    value: { lagePercent: 12.5, lageMonths: 6 },
    source: BLZ_TEXT,
    confidence: 'H',
    verified: true,
  },
  {
    from: '2018-01-01',
    value: { lagePercent: 10, lageMonths: 6 },
    source: STB_2017_460,
    confidence: 'H',
    verified: true,
  },
  {
    from: '2019-01-01',
    value: { lagePercent: 10, lageMonths: 4 },
    source: STB_2018_444,
    confidence: 'M',
    verified: false,
    note: 'The four months are read from the consultation summary ("de hoge eigen bijdragen na vier maanden in plaats van na zes maanden"; the other six-month terms for setting up or ending a household also become four) and secondary sources; stb. 2018, 444 was read up to its art. I A (the new art. 3.3.1.2a), not as far as the amended art. 3.3.2.2. Not modelled: the shortened term of art. 3.3.2.2 lid 5 (a new stay soon after an earlier one skips the lage months).',
  },
]

export type PartMonthParams = {
  /**
   * Over part of a month the bijdrage is the monthly amount × 12 × the days owed in that month ÷
   * this number of days (a fixed year of 365 days, also in a leap year).
   */
  daysPerYear: number
}

/**
 * A bijdrage owed over part of a month (a stay that starts or ends mid-month): Blz art. 3.3.2.9 lid 2
 * ("Over een gedeelte van een maand is de eigen bijdrage gelijk aan het vastgestelde bedrag per maand,
 * vermenigvuldigd met twaalf maal het aantal dagen waarover de bijdrage binnen die maand verschuldigd
 * is en gedeeld door 365") and, in the same words, Uitvoeringsbesluit Wmo 2015 art. 3.19 lid 2 for
 * beschermd wonen. Read in the consolidated texts of about 2017 (statengeneraal/laws-markdown); the
 * current texts were not read, hence M.
 */
export const INTRAMURAL_PART_MONTH: Series<PartMonthParams> = [
  {
    from: '2015-01-01',
    value: { daysPerYear: 365 },
    source:
      'Besluit langdurige zorg art. 3.3.2.9 lid 2 (https://wetten.overheid.nl/BWBR0035948) and Uitvoeringsbesluit Wmo 2015 art. 3.19 lid 2 (https://wetten.overheid.nl/BWBR0035733), consolidated texts of about 2017 via statengeneraal/laws-markdown (read 2026-12-02)',
    confidence: 'M',
    verified: true,
    note: 'The article text was read (H for that text); that it is unchanged in the text in force now was not checked.',
  },
]

/**
 * One year's contribution parameters: the CAK's lage/hoge system with that year's amounts, the lage
 * regime in force on `from` and the 2025 deductions.
 */
function intramuralParams(from: IsoDateInput, amounts: IntramuralAmounts): IntramuralContributionParams {
  return { ...valueAt(INTRAMURAL_LAGE_REGIME, from), ...amounts, ...DEDUCTIONS_2025 }
}

export type VermogensinkomensbijtellingParams = {
  /**
   * This percentage of the vermogen (the box-3 grondslag sparen en beleggen of the peiljaar, two years
   * before the year of the bijdrage) is added to the yearly bijdrageplichtig inkomen.
   */
  percent: number
}

/**
 * The vermogensinkomensbijtelling (Blz art. 3.3.2.3 lid 1 sub c and 3.3.2.4 lid 1, since 2019 art.
 * 3.3.1.2a; Uitvoeringsbesluit Wmo 2015 for beschermd wonen). The vermogen is the person's grondslag
 * sparen en beleggen of the peiljaar (Blz art. 3.3.1.2 lid 2; Wet IB 2001 art. 5.2: the
 * rendementsgrondslag less the heffingsvrij vermogen); of a couple the two are added.
 */
export const VERMOGENSINKOMENSBIJTELLING: Series<VermogensinkomensbijtellingParams> = [
  {
    from: '2015-01-01',
    value: { percent: 8 },
    source: `${BLZ_TEXT} ("vermeerderd met 8% van het vermogen")`,
    confidence: 'H',
    verified: true,
  },
  {
    from: '2019-01-01',
    value: { percent: 4 },
    source: STB_2018_444,
    confidence: 'M',
    verified: false,
    note: 'Halved from 8% to 4% per 1 January 2019: the title of stb. 2018, 444 and its art. I A (the bijtelling moves to the new art. 3.3.1.2a) were read; the 4% itself is from the consultation summary ("van 8% naar 4% van het vermogen") and an adviser page (htadviesdaarle.nl: "met ingang van 1 januari 2019 4% van het vermogen in box 3 (was voorheen: 8%)"). The wording of art. 3.3.1.2a was not retrieved.',
  },
]

export type HeffingsvrijVermogenParams = {
  /** Heffingsvrij vermogen per person (Wet IB 2001 art. 5.5); fiscal partners together twice this. */
  perPersonCents: CentsInput
}

const BOX3_2021 =
  'Kamerstukken II 2020/21, 35 577, nr. 3 (Wet aanpassing box 3, https://zoek.officielebekendmakingen.nl/kst-35577-3.html): "verhoogd van momenteel € 30.846 naar € 50.000" per 1 January 2021'

/**
 * The heffingsvrij vermogen of the peiljaar (Wet IB 2001 art. 5.5), keyed by 1 January of that year:
 * the engine looks it up two years before the month (peiljaar, Blz art. 1.1.1). The memorie van
 * toelichting of the Wet aanpassing box 3 announces measures so that the 2021 increase does not flow
 * through into "een eigen bijdrage aan een zorginstelling"; their text was not retrieved, so whether
 * the CAK uses these amounts from peiljaar 2021 on is unverified (L).
 */
export const HEFFINGSVRIJ_VERMOGEN: Series<HeffingsvrijVermogenParams> = [
  {
    from: '2015-01-01',
    value: { perPersonCents: 21_330_00 },
    source: 'Wet IB 2001 art. 5.5 (2015 amount), not checked against a stored source',
    confidence: 'M',
    verified: false,
  },
  {
    from: '2016-01-01',
    value: { perPersonCents: 24_437_00 },
    source: 'Wet IB 2001 art. 5.5 (2016 amount), not checked against a stored source',
    confidence: 'M',
    verified: false,
  },
  {
    from: '2017-01-01',
    value: { perPersonCents: 25_000_00 },
    source: 'Wet IB 2001 art. 5.5 (2017 amount), not checked against a stored source',
    confidence: 'M',
    verified: false,
  },
  {
    from: '2018-01-01',
    value: { perPersonCents: 30_000_00 },
    source: 'Wet IB 2001 art. 5.5 (2018 amount), not checked against a stored source',
    confidence: 'M',
    verified: false,
  },
  {
    from: '2019-01-01',
    value: { perPersonCents: 30_360_00 },
    source: 'Wet IB 2001 art. 5.5 (2019 amount), not checked against a stored source',
    confidence: 'M',
    verified: false,
  },
  {
    from: '2020-01-01',
    value: { perPersonCents: 30_846_00 },
    source: BOX3_2021,
    confidence: 'H',
    verified: true,
  },
  {
    from: '2021-01-01',
    value: { perPersonCents: 50_000_00 },
    source: BOX3_2021,
    confidence: 'L',
    verified: false,
    note: 'The IB amount is H. Whether the CAK applies it is unresolved: the Blz defines the vermogensgrondslag as the grondslag sparen en beleggen of Wet IB 2001 art. 5.2 lid 1 (2015 text; re-inserted by stb. 2022, 460 art. I A), which already lies above the IB heffingsvrij vermogen, and an adviser page (htadviesdaarle.nl) applies the IB amounts (2022 € 50.650, 2023 € 57.000); but another (kwalitas.nl, "De koppeling ontkoppeld") says the heffingsvrij vermogen is no longer the starting point for the CAK from 2021, and the MvT of the Wet aanpassing box 3 announces a neutralisation whose text was not retrieved. Searched 2026-12-01.',
  },
  {
    from: '2022-01-01',
    value: { perPersonCents: 50_650_00 },
    source:
      'Wet IB 2001 art. 5.5 (2022 amount), not checked against a stored source; CAK use unverified (see 2021)',
    confidence: 'L',
    verified: false,
  },
  {
    from: '2023-01-01',
    value: { perPersonCents: 57_000_00 },
    source:
      'Wet IB 2001 art. 5.5 (2023 amount), not checked against a stored source; CAK use unverified (see 2021)',
    confidence: 'L',
    verified: false,
  },
  {
    from: '2024-01-01',
    value: { perPersonCents: 57_000_00 },
    source:
      'https://defiscalisten.nl/wat-is-het-heffingsvrij-vermogen-in-2025 ("Voor 2024 bedraagt het heffingsvrij vermogen €57.000 per persoon"); CAK use unverified (see 2021)',
    confidence: 'L',
    verified: false,
  },
  {
    from: '2025-01-01',
    value: { perPersonCents: 57_684_00 },
    source:
      'Wet IB 2001 art. 5.5 (2025 amount), not checked against a stored source; one stored page (faqts.net) says € 57.000 for 2025; CAK use unverified (see 2021)',
    confidence: 'L',
    verified: false,
  },
]

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

export type WlzEigenBijdrageParams = IntramuralContributionParams & {
  /**
   * Blz art. 3.3.2.2 lid 4: the lage bijdrage is reduced by this amount per month for (a) an
   * unmarried client with a Wlz-pgb, (b) spouses who both have a pgb, or one a pgb and the other an
   * mpt, (c) a client with a pgb when he or his spouse receives a Wmo maatwerkvoorziening or Wmo-pgb
   * other than beschermd wonen (rules/wlz/eigen-bijdrage.ts: pgbReductionApplies).
   */
  pgbReductionCents: CentsInput
  /**
   * Blz art. 3.3.1.2 lid 1 sub b (the extra vermogensvrijstelling): for the bijtelling only, deducted
   * from the vermogen of a client below AOW age and of a spouse who has reached AOW age or who owes no
   * Wlz or beschermd-wonen bijdrage of his own; each person's vermogen at least nil.
   */
  extraVermogensvrijstellingCents: CentsInput
}

/** A year whose Wlz amounts could not be sourced: the engine refuses to estimate (rules/wlz/eigen-bijdrage.ts). */
export type WlzAmountsUnavailable = { amountsAvailable: false }

export type WlzEigenBijdrageEntry = WlzEigenBijdrageParams | WlzAmountsUnavailable

export function hasWlzAmounts(value: WlzEigenBijdrageEntry): value is WlzEigenBijdrageParams {
  return !('amountsAvailable' in value)
}

/** The Wlz amounts of one year; the deductions and the lage regime complete the parameters. */
type WlzAmounts = IntramuralAmounts &
  Pick<WlzEigenBijdrageParams, 'pgbReductionCents' | 'extraVermogensvrijstellingCents'>
type Deductions = Pick<
  IntramuralContributionParams,
  | 'zakEnKleedgeldSingleYearCents'
  | 'zakEnKleedgeldCoupleYearCents'
  | 'extraDeductionBelowAowYearCents'
  | 'extraDeductionAowYearCents'
>

function wlzParams(from: IsoDateInput, amounts: WlzAmounts, deductions: Deductions): WlzEigenBijdrageParams {
  return { ...valueAt(INTRAMURAL_LAGE_REGIME, from), ...amounts, ...deductions }
}

/**
 * Regeling langdurige zorg art. 4.2 (zak- en kleedgeld) and 4.4 (aftrekpost below / at AOW age) in
 * the 2015 text (read in statengeneraal/laws-markdown ministeriele-regeling/regeling/langdurige/zorg/
 * BWBR0036014, the text that names "2015"); they are the peiljaar amounts used in 2015.
 */
const DEDUCTIONS_RLZ_2015: Deductions = {
  zakEnKleedgeldSingleYearCents: 3_517_00,
  zakEnKleedgeldCoupleYearCents: 5_471_00,
  extraDeductionBelowAowYearCents: 1_727_00,
  extraDeductionAowYearCents: 965_00,
}
/**
 * Zak- en kleedgeld of the Regeling langdurige zorg (art. 4.3 since the renumbering) in force in 2021
 * and 2022: stcrt. 2021, 42808 art. II A replaces € 3.906 / € 6.076 (2021) by € 4.011 / € 6.239 (2022).
 * The aftrekpost of those years was not in the retrieved part: the 2025 Wmo figures stand in.
 */
const DEDUCTIONS_2021: Deductions = {
  ...DEDUCTIONS_2025,
  zakEnKleedgeldSingleYearCents: 3_906_00,
  zakEnKleedgeldCoupleYearCents: 6_076_00,
}
const DEDUCTIONS_2022: Deductions = {
  ...DEDUCTIONS_2025,
  zakEnKleedgeldSingleYearCents: 4_011_00,
  zakEnKleedgeldCoupleYearCents: 6_239_00,
}

const STCRT_2019_54031 =
  'https://zoek.officielebekendmakingen.nl/stcrt-2019-54031.html (Regeling van 26 september 2019, indexering per 1 januari 2020: art. I sub 1 € 10.253 (Blz 3.3.1.2 lid 1 sub b), sub 2 € 2.419,40 (3.3.2.1 lid 2), sub 3 € 168,00 and € 881,60 (3.3.2.2 lid 3), sub 4 € 144,20 (3.3.2.2 lid 4))'
const STCRT_2020_50558 =
  'https://zoek.officielebekendmakingen.nl/stcrt-2020-50558.html (Regeling van 22 september 2020, indexering per 1 januari 2021: art. I A € 10.376, B € 2.469,20, C € 171,40 / € 899,80 and lid 4 € 147)'
const STCRT_2021_42808 =
  'https://zoek.officielebekendmakingen.nl/stcrt-2021-42808.html (Regeling van 30 september 2021, indexering per 1 januari 2022: art. I A € 10.542, B € 2.506, C € 174,00 / € 913,20 and lid 4 € 149,20; art. II A zak- en kleedgeld € 4.011 / € 6.239)'
const STB_2025_255 =
  'Stb. 2025, 255 (besluit van 24 september 2025 "in verband met het afbouwen van de compensatie vervallen ouderentoeslag en het afschaffen van de extra vermogensvrijstelling"), title as cited in stcrt. 2025, 35082; its text (entry date, transitional art. III) was not retrieved'

/**
 * Wlz eigen bijdrage (Besluit langdurige zorg art. 3.3.2.1 hoge, 3.3.2.2 lage), per year.
 *
 * - 2015: the amounts of the Blz as enacted (H for the numbers).
 * - 2016–2019: the yearly indexation regelingen (e.g. the "Regeling vaststelling bedragen ex Besluit
 *   langdurige zorg en Uitvoeringsbesluit Wmo 2015 per 1 januari 2018") were found by title only,
 *   their amounts not: these years are unavailable and the engine refuses to estimate them.
 * - 2020, 2021, 2022: the Staatscourant indexation regelingen (numbers H, article mapping M).
 * - 2023–2024: not found; the 2022 amounts hold, unverified (L).
 * - 2025–2026: the Blz part of the indexation regelingen was not in the stored sources (the stored
 *   copy of stcrt. 2025, 35082 shows its Wmo part only), nor were the CAK pages: the beschermd-wonen
 *   amounts of the same regelingen stand in — the two regimes start from the same AWBZ amounts and are
 *   indexed alike (Blz art. 3.3.1.7; Uitvoeringsbesluit Wmo 2015 art. 3.7), which is not verified (L).
 */
export const WLZ_EIGEN_BIJDRAGE: Series<WlzEigenBijdrageEntry> = [
  {
    from: '2015-01-01',
    value: wlzParams(
      '2015-01-01',
      {
        lageMinCents: 158_60,
        lageMaxCents: 832_60,
        hogeMaxCents: 2_284_60,
        pgbReductionCents: 136_00,
        extraVermogensvrijstellingCents: 10_000_00,
      },
      DEDUCTIONS_RLZ_2015,
    ),
    source: `${BLZ_TEXT} (art. 3.3.1.2 lid 1 sub b € 10.000, 3.3.2.1 lid 2 € 2.284,60, 3.3.2.2 lid 3 € 158,60 / € 832,60, lid 4 € 136) ; Regeling langdurige zorg art. 4.2 and 4.4, 2015 text (https://wetten.overheid.nl/BWBR0036014) ; ${CAK_LEB_HEB}`,
    confidence: 'M',
    verified: false,
    note: 'The stored consolidated Blz text carries no validity date; its amounts are the enacted ones (the Regeling langdurige zorg of the same snapshot speaks of 2015). Indexed yearly by ministerial regeling (Blz art. 3.3.1.7).',
  },
  {
    from: '2016-01-01',
    value: { amountsAvailable: false },
    source:
      'GAP: the Wlz amounts for 2016–2019 (indexation regelingen under Blz art. 3.3.1.7) were not found in the stored sources; searched 2026-12-01',
    confidence: 'L',
    verified: false,
    note: 'The engine does not estimate a Wlz eigen bijdrage in these years: the finding wlz.eigen-bijdrage says the figure is not available.',
  },
  {
    from: '2020-01-01',
    value: wlzParams(
      '2020-01-01',
      {
        lageMinCents: 168_00,
        lageMaxCents: 881_60,
        hogeMaxCents: 2_419_40,
        pgbReductionCents: 144_20,
        extraVermogensvrijstellingCents: 10_253_00,
      },
      DEDUCTIONS_2021,
    ),
    source: `${STCRT_2019_54031} ; ${BLZ_TEXT} ; ${CAK_LEB_HEB}`,
    confidence: 'M',
    verified: false,
    note: 'Amounts H (Staatscourant text read). Deductions: the 2021 zak- en kleedgeld and the 2025 aftrekpost stand in (the 2020 Regeling langdurige zorg amounts were not found).',
  },
  {
    from: '2021-01-01',
    value: wlzParams(
      '2021-01-01',
      {
        lageMinCents: 171_40,
        lageMaxCents: 899_80,
        hogeMaxCents: 2_469_20,
        pgbReductionCents: 147_00,
        extraVermogensvrijstellingCents: 10_376_00,
      },
      DEDUCTIONS_2021,
    ),
    source: `${STCRT_2020_50558} ; ${STCRT_2021_42808} (2021 zak- en kleedgeld) ; ${BLZ_TEXT} ; ${CAK_LEB_HEB}`,
    confidence: 'M',
    verified: false,
    note: 'Amounts H. Deductions: zak- en kleedgeld H; the aftrekpost is the 2025 figure standing in.',
  },
  {
    from: '2022-01-01',
    value: wlzParams(
      '2022-01-01',
      {
        lageMinCents: 174_00,
        lageMaxCents: 913_20,
        hogeMaxCents: 2_506_00,
        pgbReductionCents: 149_20,
        extraVermogensvrijstellingCents: 10_542_00,
      },
      DEDUCTIONS_2022,
    ),
    source: `${STCRT_2021_42808} ; ${BLZ_TEXT} ; ${CAK_LEB_HEB}`,
    confidence: 'M',
    verified: false,
    note: 'Amounts H. Deductions: zak- en kleedgeld H; the aftrekpost is the 2025 figure standing in.',
  },
  {
    from: '2023-01-01',
    value: wlzParams(
      '2023-01-01',
      {
        lageMinCents: 174_00,
        lageMaxCents: 913_20,
        hogeMaxCents: 2_506_00,
        pgbReductionCents: 149_20,
        extraVermogensvrijstellingCents: 10_542_00,
      },
      DEDUCTIONS_2025,
    ),
    source: `GAP: the 2023 and 2024 indexation regelingen were not found; the 2022 amounts (${STCRT_2021_42808}) hold`,
    confidence: 'L',
    verified: false,
    note: 'Placeholder: 2022 amounts carried into 2023–2024 (an underestimate: the amounts are indexed upward every year). Deductions: 2025 Wmo figures.',
  },
  {
    from: '2025-01-01',
    value: wlzParams(
      '2025-01-01',
      { ...BESCHERMD_WONEN_2025, pgbReductionCents: 149_20, extraVermogensvrijstellingCents: 10_542_00 },
      DEDUCTIONS_2025,
    ),
    source: `${SRC.stcrt2025_35082} (beschermd-wonen analogue, Uitvoeringsbesluit Wmo 2015 art. 3.11–3.12) ; ${BLZ_TEXT} ; ${CAK_LEB_HEB}`,
    confidence: 'L',
    verified: false,
    note: 'Placeholder: the Wlz amounts for 2025 were not retrieved (searched 2026-12-01: the Blz part of the 2025 indexation regeling and the CAK pages were not in the stored sources); the beschermd-wonen amounts are used. The pgb reduction and the extra vermogensvrijstelling are the 2022 amounts carried.',
  },
  {
    from: '2026-01-01',
    value: wlzParams(
      '2026-01-01',
      { ...BESCHERMD_WONEN_2026, pgbReductionCents: 149_20, extraVermogensvrijstellingCents: 0 },
      DEDUCTIONS_2025,
    ),
    source: `${SRC.stcrt2025_35082} (beschermd-wonen analogue) ; ${STB_2025_255} ; ${BLZ_TEXT} ; ${CAK_LEB_HEB}`,
    confidence: 'L',
    verified: false,
    note: 'Placeholder: the Wlz amounts for 2026 were not retrieved (the stored copy of stcrt. 2025, 35082 shows its Wmo part only); the beschermd-wonen amounts of that regeling are used. The extra vermogensvrijstelling is left out from 2026 (Stb. 2025, 255 abolishes it; any transitional amount of its art. III is unknown), so the bijtelling is an upper estimate. Pgb reduction: 2022 amount carried. Deductions: 2025 figures.',
  },
]

/**
 * Beschermd wonen (Uitvoeringsbesluit Wmo 2015 art. 3.11 lid 2 hoge maximum, 3.12 lid 3 lage
 * minimum and maximum). Numbers H (stcrt. 2025, 35082), meaning M; the lage percentage and period
 * follow INTRAMURAL_LAGE_REGIME: stb. 2017, 460 and 2018, 444 changed the Blz and the
 * Uitvoeringsbesluit Wmo 2015 together.
 */
export const BESCHERMD_WONEN_BIJDRAGE: Series<IntramuralContributionParams> = [
  {
    from: '2024-01-01',
    value: intramuralParams('2024-01-01', {
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
    value: intramuralParams('2025-01-01', BESCHERMD_WONEN_2025),
    source: `${SRC.stcrt2025_35082} ; ${CAK_LEB_HEB} ; ${UR_WMO_2025}`,
    confidence: 'M',
    verified: false,
  },
  {
    from: '2026-01-01',
    value: intramuralParams('2026-01-01', BESCHERMD_WONEN_2026),
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
  /**
   * Regeling langdurige zorg art. 5.3 lid 1–3: before refusing an mpt or pgb as not doelmatig, the
   * Wlz-uitvoerder checks whether a raise of at most 25% of the permissible cost avoids the refusal,
   * for (a) a client below `raisedBelowAge` (to grow up at home), (b) a client with a child below
   * `childBelowAge`, (c) a somatic or physical disability, to work or study from home, (d) a
   * continuously life-threatening condition. The engine applies (a) and (b), which it can see.
   */
  raisedPercentOfStay: number
  raisedBelowAge: number
  childBelowAge: number
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
    value: { percentOfStay: 100, raisedPercentOfStay: 125, raisedBelowAge: 23, childBelowAge: 18 },
    source: `${WLZ_TEXT_2025} ; ceiling at the cost of the stay: zorgkantoor practice (NZa beleidsregels / zorgkantoor inkoopbeleid, not retrieved) ; raise of at most 25% for clients under 23 or with a child under 18: Regeling langdurige zorg art. 5.3 lid 1–3, 2015 text (https://wetten.overheid.nl/BWBR0036014; read in statengeneraal/laws-markdown ministeriele-regeling/regeling/langdurige/zorg/BWBR0036014)`,
    confidence: 'L',
    verified: false,
    note: 'GAP: the exact ceiling per zorgprofiel (incl. meerzorg) was not found; the engine compares with the profile’s verblijf tariff. The 25% raise of Rlz art. 5.3 is read in the 2015 text (H for that text); the text in force now was not checked (M). Its groups (c) and (d) are not visible to the engine: record a deviation.',
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
