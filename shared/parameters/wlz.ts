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
import { valueAt } from './series'
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
  /**
   * The premium deduction of Regeling langdurige zorg art. 4.4 and the extra vrijlating of art. 4.6
   * (hoge bijdrage, Blz art. 3.3.2.3 lid 1 sub b 2°), where the text of the year was read; null: left
   * out (the hoge bijdrage is then an upper estimate).
   */
  premiumDeduction?: PremiumDeductionParams | null
  extraVrijlating?: ExtraVrijlatingParams | null
}

/** Regeling langdurige zorg art. 4.4: the deduction for the health-insurance premium, per year. */
export type PremiumDeductionParams = {
  /** Lid 1: a fixed amount plus a percentage of the person's income, per person. */
  baseYearCents: CentsInput
  percentOfIncome: number
  /** Lid 1 sub a and c: at least this much for an unmarried / a married person at AOW age. */
  minAowSingleYearCents: CentsInput
  minAowCoupleEachYearCents: CentsInput
  /** Lid 1: at most this much per person. */
  maxYearCents: CentsInput
  /**
   * Lid 2: with a right to zorgtoeslag, the deduction is lowered by this amount (unmarried / married
   * together), itself lowered by `zorgtoeslagTaperPercent` of the income above `zorgtoeslagIncomeCents`.
   */
  zorgtoeslagSingleYearCents: CentsInput
  zorgtoeslagCoupleYearCents: CentsInput
  zorgtoeslagIncomeCents: CentsInput
  zorgtoeslagTaperPercent: number
}

/**
 * Regeling langdurige zorg art. 4.6: the extra vrijlating is `percent` of what the income, after the
 * deductions of art. 4.3 to 4.5, exceeds the threshold for the household (per year).
 */
export type ExtraVrijlatingParams = {
  percent: number
  singleAowYearCents: CentsInput
  coupleAowYearCents: CentsInput
  singleBelowAowYearCents: CentsInput
  coupleBelowAowYearCents: CentsInput
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
    source: `${STB_2018_444} ; Besluit langdurige zorg art. 3.3.2.2 lid 1 sub a and b, text valid from 2019-01-01 (https://wetten.overheid.nl/BWBR0035948/2019-01-01: "gedurende de eerste vier maanden van verblijf", "een twaalfde gedeelte van 10%"), the same in the texts of 2021 to 2026, via MinBZK/regelrecht-corpus (read 2026-12-02)`,
    confidence: 'H',
    verified: true,
    note: 'Not modelled: art. 3.3.2.2 lid 7 sub b and c (a stay that starts within four months after an earlier stay with a hoge bijdrage skips the lage months) and lid 8 (periods are added up unless more than sixty days lie between them).',
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
 * beschermd wonen. Read in the texts of 2017 to 2026 (the divisor is 365 in every one).
 */
export const INTRAMURAL_PART_MONTH: Series<PartMonthParams> = [
  {
    from: '2015-01-01',
    value: { daysPerYear: 365 },
    source:
      'Besluit langdurige zorg art. 3.3.2.9 lid 2 (https://wetten.overheid.nl/BWBR0035948) and Uitvoeringsbesluit Wmo 2015 art. 3.19 lid 2 (https://wetten.overheid.nl/BWBR0035733): the same words in the Blz texts valid from 1 January 2017, 2018, 2019, 2021, 2022, 2024, 2025 and 2026 and in the Uitvoeringsbesluit text of 2026 (MinBZK/regelrecht-corpus, read 2026-12-02), and in the texts of about 2017 (statengeneraal/laws-markdown)',
    confidence: 'H',
    verified: true,
  },
]

/**
 * One year's contribution parameters: the CAK's lage/hoge system with that year's amounts, the lage
 * regime in force on `from` and the 2025 deductions.
 */
function intramuralParams(
  from: IsoDateInput,
  amounts: IntramuralAmounts,
  deductions: Deductions = DEDUCTIONS_2025,
): IntramuralContributionParams {
  return { ...valueAt(INTRAMURAL_LAGE_REGIME, from), ...amounts, ...deductions }
}

/** A version of the Uitvoeringsbesluit Wmo 2015 as stored in MinBZK/regelrecht-corpus. */
function ubWmoText(version: string, amounts: string): string {
  return `Uitvoeringsbesluit Wmo 2015, text valid from ${version} (https://wetten.overheid.nl/BWBR0035733/${version}), via MinBZK/regelrecht-corpus regulation/nl/amvb/uitvoeringsbesluit_wmo_2015/${version}.yaml (read 2026-12-02): ${amounts}`
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
    source: `${STB_2018_444} ; Besluit langdurige zorg art. 3.3.1.2a lid 4 (2019–2022), lid 3 (2024–2025), the single sentence of 2026 ("De vermogensinkomensbijtelling bedraagt 4% van het vermogen"), texts via MinBZK/regelrecht-corpus (read 2026-12-02)`,
    confidence: 'H',
    verified: true,
    note: 'Halved from 8% to 4% per 1 January 2019 (stb. 2018, 444); the 4% read in the Blz texts of 2019 to 2026.',
  },
]

export type HeffingsvrijVermogenParams = {
  /** Heffingsvrij vermogen per person (Wet IB 2001 art. 5.5); fiscal partners together twice this. */
  perPersonCents: CentsInput
}

/** A version of the Wet inkomstenbelasting 2001 as stored in MinBZK/regelrecht-corpus. */
function ibText(version: string, article: string, amount: string): string {
  return `Wet inkomstenbelasting 2001 ${article}, text valid from ${version} (https://wetten.overheid.nl/BWBR0011353/${version}): ${amount}, via MinBZK/regelrecht-corpus regulation/nl/wet/wet_inkomstenbelasting_2001/${version}.yaml (read 2026-12-02)`
}

/**
 * The heffingvrij vermogen of the peiljaar (Wet IB 2001 art. 5.5), keyed by 1 January of that year:
 * the engine looks it up two years before the month (peiljaar, Blz art. 1.1.1). The Blz texts of 2017
 * to 2022 count the vermogen as the "grondslag sparen en beleggen" of the peiljaar (art. 3.3.1.2 lid 2;
 * Wet IB 2001 art. 5.2 lid 1: the rendementsgrondslag less this amount; partners together twice it).
 * From the Blz text of 2024 another threshold applies (BOX3_AANSLAGGRENS, VERMOGENSGRONDSLAG).
 */
export const HEFFINGSVRIJ_VERMOGEN: Series<HeffingsvrijVermogenParams> = [
  {
    from: '2015-01-01',
    value: { perPersonCents: 21_330_00 },
    source: ibText('2015-01-01', 'art. 5.5', '€ 21.330'),
    confidence: 'H',
    verified: true,
  },
  {
    from: '2016-01-01',
    value: { perPersonCents: 24_437_00 },
    source: ibText('2016-01-01', 'art. 5.5', '€ 24.437'),
    confidence: 'H',
    verified: true,
  },
  {
    from: '2017-01-01',
    value: { perPersonCents: 25_000_00 },
    source: ibText('2017-01-01', 'art. 5.5', '€ 25.000'),
    confidence: 'H',
    verified: true,
  },
  {
    from: '2018-01-01',
    value: { perPersonCents: 30_000_00 },
    source: ibText('2018-01-01', 'art. 5.5', '€ 30.000'),
    confidence: 'H',
    verified: true,
  },
  {
    from: '2019-01-01',
    value: { perPersonCents: 30_360_00 },
    source: ibText('2019-01-01', 'art. 5.5', '€ 30.360'),
    confidence: 'H',
    verified: true,
  },
  {
    from: '2020-01-01',
    value: { perPersonCents: 30_846_00 },
    source: ibText('2020-01-01', 'art. 5.5', '€ 30.846'),
    confidence: 'H',
    verified: true,
  },
  {
    from: '2021-01-01',
    value: { perPersonCents: 50_000_00 },
    source: ibText('2021-01-01', 'art. 5.5', '€ 50.000'),
    confidence: 'H',
    verified: true,
  },
  {
    from: '2022-01-01',
    value: { perPersonCents: 50_650_00 },
    source: ibText('2022-01-01', 'art. 5.5', '€ 50.650'),
    confidence: 'H',
    verified: true,
  },
  {
    from: '2023-01-01',
    value: { perPersonCents: 57_000_00 },
    source: ibText('2023-01-01', 'art. 5.5', '€ 57.000'),
    confidence: 'H',
    verified: true,
  },
  {
    from: '2024-01-01',
    value: { perPersonCents: 57_000_00 },
    source: ibText('2024-01-01', 'art. 5.5', '€ 57.000'),
    confidence: 'H',
    verified: true,
  },
  {
    from: '2025-01-01',
    value: { perPersonCents: 57_684_00 },
    source: ibText('2025-01-01', 'art. 5.5', '€ 57.684'),
    confidence: 'H',
    verified: true,
  },
  {
    from: '2026-01-01',
    value: { perPersonCents: 59_357_00 },
    source: ibText('2026-01-01', 'art. 5.5', '€ 59.357'),
    confidence: 'H',
    verified: true,
  },
]

/**
 * Wet IB 2001 art. 9.4 lid 1 sub c: the amount of rendementsgrondslag below which no aanslag is imposed
 * (per person; partners who were partners the whole year together twice it), keyed by 1 January of
 * the year. The Blz texts of 2024 to 2026 count the vermogen as "zijn rendementsgrondslag aan het
 * begin van het peiljaar voor zover die rendementsgrondslag meer bedraagt dan het voor dat jaar van
 * toepassing zijnde bedrag in artikel 9.4, eerste lid, onderdeel c" (art. 3.3.1.2 lid 2). The text of
 * 2020 has no sub c; the first amount is that of 2021.
 */
export const BOX3_AANSLAGGRENS: Series<HeffingsvrijVermogenParams> = [
  {
    from: '2021-01-01',
    value: { perPersonCents: 31_340_00 },
    source: ibText(
      '2021-01-01',
      'art. 9.4 lid 1 sub c',
      '€ 31.340 / € 62.680 (single / partners the whole year together)',
    ),
    confidence: 'H',
    verified: true,
  },
  {
    from: '2022-01-01',
    value: { perPersonCents: 31_747_00 },
    source: ibText(
      '2022-01-01',
      'art. 9.4 lid 1 sub c',
      '€ 31.747 / € 63.494 (single / partners the whole year together)',
    ),
    confidence: 'H',
    verified: true,
  },
  {
    from: '2023-01-01',
    value: { perPersonCents: 33_748_00 },
    source: ibText(
      '2023-01-01',
      'art. 9.4 lid 1 sub c',
      '€ 33.748 / € 67.496 (single / partners the whole year together)',
    ),
    confidence: 'H',
    verified: true,
  },
  {
    from: '2024-01-01',
    value: { perPersonCents: 36_952_00 },
    source: ibText(
      '2024-01-01',
      'art. 9.4 lid 1 sub c',
      '€ 36.952 / € 73.904 (single / partners the whole year together)',
    ),
    confidence: 'H',
    verified: true,
  },
  {
    from: '2025-01-01',
    value: { perPersonCents: 37_395_00 },
    source: ibText(
      '2025-01-01',
      'art. 9.4 lid 1 sub c',
      '€ 37.395 / € 74.790 (single / partners the whole year together)',
    ),
    confidence: 'H',
    verified: true,
  },
  {
    from: '2026-01-01',
    value: { perPersonCents: 38_479_00 },
    source: ibText(
      '2026-01-01',
      'art. 9.4 lid 1 sub c',
      '€ 38.479 / € 76.958 (single / partners the whole year together)',
    ),
    confidence: 'H',
    verified: true,
  },
]

export type VermogensgrondslagParams = {
  /**
   * Which threshold the vermogen of the peiljaar is counted above: the heffingvrij vermogen (Wet IB
   * 2001 art. 5.5, via the grondslag sparen en beleggen) or the aanslaggrens of art. 9.4 lid 1 sub c.
   */
  threshold: 'heffingvrij-vermogen' | 'aanslaggrens'
}

/**
 * The definition of the vermogen in Blz art. 3.3.1.2 lid 2 (and, for beschermd wonen, Uitvoeringsbesluit
 * Wmo 2015 art. 3.2, which follows it), by the date of the bijdrage.
 */
export const VERMOGENSGRONDSLAG: Series<VermogensgrondslagParams> = [
  {
    from: '2015-01-01',
    value: { threshold: 'heffingvrij-vermogen' },
    source: `${BLZ_TEXT} ; ${blzText('2017-01-01', 'art. 3.3.1.2 lid 2 "grondslag sparen en beleggen"')}, the same in the texts of 2018, 2019, 2021 and 2022`,
    confidence: 'H',
    verified: true,
    note: 'The 2023 text was not read: the 2022 definition is kept for 2023 (peiljaar 2021, heffingvrij vermogen € 50.000), unverified for that year.',
  },
  {
    from: '2024-01-01',
    value: { threshold: 'aanslaggrens' },
    source: blzText(
      '2024-01-01',
      'art. 3.3.1.2 lid 2 "zijn rendementsgrondslag aan het begin van het peiljaar voor zover die rendementsgrondslag meer bedraagt dan het voor dat jaar van toepassing zijnde bedrag in artikel 9.4, eerste lid, onderdeel c, van de Wet inkomstenbelasting 2001", the same in the texts of 2025 and 2026',
    ),
    confidence: 'H',
    verified: true,
    note: 'The text names "het bedrag" without saying whether partners use the joint amount; the engine deducts the per-person amount for each counted person, which equals the joint amount for partners.',
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
  /**
   * Blz art. 3.3.2.4 lid 1 (since the text of 2017 at the latest): the yearly bijdrageplichtig inkomen
   * of the lage bijdrage is reduced by this amount when a verzekerde (of the unit) receives a
   * modulair pakket thuis or a persoonsgebonden budget. 0 where the text read has no such reduction.
   */
  mptPgbIncomeReductionYearCents: CentsInput
  /**
   * Which wording of Blz art. 3.3.2.2 lid 4 (the monthly reduction) and lid 5 (the mpt of twenty hours
   * or less) applies: '2015' — lid 4 for a pgb only (an mpt counts only next to a spouse's pgb), no
   * lid 5; '2017' — lid 4 for an mpt or a pgb in the unit, and lid 5 (rules/wlz/eigen-bijdrage.ts).
   */
  mptRegime: '2015' | '2017'
  /**
   * Blz art. 3.3.2.2 lid 5 and 6 (since 2017): an mpt of at most this many hours of care in natura a
   * month owes the lage minimum less the lid-4 reduction; null where the text has no such rule (2015).
   */
  mptLowHours: number | null
  /**
   * Blz art. 3.3.2.2 lid 7 (2015 text) / lid 9 (since 2017): no lage bijdrage for someone whose income is
   * at most the institution norms of Participatiewet art. 23 — 'art23' (2015): on art. 23 lid 1 bijstand
   * only; 'income' (2017–2020): also an income at most those norms; 'income-plus-minimum' (since 2021):
   * the norms of art. 23 lid 1 and 2 raised by the minimal eigen bijdrage, also of the CAK's own motion.
   */
  lowIncomeWaiver: 'art23' | 'income' | 'income-plus-minimum'
}

/** A year whose Wlz amounts could not be sourced: the engine refuses to estimate (rules/wlz/eigen-bijdrage.ts). */
export type WlzAmountsUnavailable = { amountsAvailable: false }

export type WlzEigenBijdrageEntry = WlzEigenBijdrageParams | WlzAmountsUnavailable

export function hasWlzAmounts(value: WlzEigenBijdrageEntry): value is WlzEigenBijdrageParams {
  return !('amountsAvailable' in value)
}

/** The Wlz amounts of one year; the deductions and the lage regime complete the parameters. */
type WlzAmounts = IntramuralAmounts &
  Pick<
    WlzEigenBijdrageParams,
    | 'pgbReductionCents'
    | 'extraVermogensvrijstellingCents'
    | 'mptPgbIncomeReductionYearCents'
    | 'mptRegime'
    | 'mptLowHours'
    | 'lowIncomeWaiver'
  >
type Deductions = Pick<
  IntramuralContributionParams,
  | 'zakEnKleedgeldSingleYearCents'
  | 'zakEnKleedgeldCoupleYearCents'
  | 'extraDeductionBelowAowYearCents'
  | 'extraDeductionAowYearCents'
  | 'premiumDeduction'
  | 'extraVrijlating'
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

/** A version of the Regeling langdurige zorg (BWBR0036014) as stored in MinBZK/regelrecht-corpus. */
function rlzText(version: string): string {
  return `Regeling langdurige zorg art. 4.3 (zak- en kleedgeld), 4.4 (premium), 4.5 (aftrekpost) and 4.6 (extra vrijlating), text valid from ${version} (https://wetten.overheid.nl/BWBR0036014/${version}), via MinBZK/regelrecht-corpus regulation/nl/wet/regeling_langdurige_zorg/${version}.yaml (read 2026-12-02)`
}

/**
 * Regeling langdurige zorg art. 4.3 (zak- en kleedgeld: ongehuwd / gehuwden tezamen) and 4.5 (aftrekpost:
 * below / at AOW age), the yearly amounts of the peiljaar that the Blz (art. 3.3.2.3 lid 1 sub b 2°)
 * deducts for the hoge bijdrage. Read in the texts of 2021 (also in the text of 24 February and 12 May
 * 2021), 2022 and 2026; no stored text for 2017–2020 or 2023–2025.
 */
const DEDUCTIONS_RLZ_2021: Deductions = {
  zakEnKleedgeldSingleYearCents: 3_906_00,
  zakEnKleedgeldCoupleYearCents: 6_076_00,
  extraDeductionBelowAowYearCents: 1_867_00,
  extraDeductionAowYearCents: 1_044_00,
  // Art. 4.4 lid 1: € 1.609 + 5,70%, at least € 2.493,56 / € 2.217,95, at most € 4.796,84; lid 2:
  // € 1.189 / € 2.314, above € 20.941 less 13,52%; art. 4.6: 25% above € 9.264 / € 11.023 / € 7.041 /
  // € 14.313 (texts of 24 February and 12 May 2021).
  premiumDeduction: {
    baseYearCents: 1_609_00,
    percentOfIncome: 5.7,
    minAowSingleYearCents: 2_493_56,
    minAowCoupleEachYearCents: 2_217_95,
    maxYearCents: 4_796_84,
    zorgtoeslagSingleYearCents: 1_189_00,
    zorgtoeslagCoupleYearCents: 2_314_00,
    zorgtoeslagIncomeCents: 20_941_00,
    zorgtoeslagTaperPercent: 13.52,
  },
  extraVrijlating: {
    percent: 25,
    singleAowYearCents: 9_264_00,
    coupleAowYearCents: 11_023_00,
    singleBelowAowYearCents: 7_041_00,
    coupleBelowAowYearCents: 14_313_00,
  },
}
const DEDUCTIONS_RLZ_2022: Deductions = {
  zakEnKleedgeldSingleYearCents: 4_011_00,
  zakEnKleedgeldCoupleYearCents: 6_239_00,
  extraDeductionBelowAowYearCents: 1_895_00,
  extraDeductionAowYearCents: 1_059_00,
  // Art. 4.4: € 1.642 + 5,45%, € 2.514,36 / € 2.240,56, at most € 4.761,14; lid 2: € 1.250 / € 2.397,
  // above € 21.431 less 13,55%; art. 4.6: € 9.672 / € 11.452 / € 7.319 / € 14.831.
  premiumDeduction: {
    baseYearCents: 1_642_00,
    percentOfIncome: 5.45,
    minAowSingleYearCents: 2_514_36,
    minAowCoupleEachYearCents: 2_240_56,
    maxYearCents: 4_761_14,
    zorgtoeslagSingleYearCents: 1_250_00,
    zorgtoeslagCoupleYearCents: 2_397_00,
    zorgtoeslagIncomeCents: 21_431_00,
    zorgtoeslagTaperPercent: 13.55,
  },
  extraVrijlating: {
    percent: 25,
    singleAowYearCents: 9_672_00,
    coupleAowYearCents: 11_452_00,
    singleBelowAowYearCents: 7_319_00,
    coupleBelowAowYearCents: 14_831_00,
  },
}
const DEDUCTIONS_RLZ_2026: Deductions = {
  zakEnKleedgeldSingleYearCents: 4_925_00,
  zakEnKleedgeldCoupleYearCents: 7_661_00,
  extraDeductionBelowAowYearCents: 2_315_00,
  extraDeductionAowYearCents: 1_294_00,
  // Art. 4.4 lid 1: € 1.987 + 5,32% of the income, at least € 3.029,45 (unmarried, AOW age) /
  // € 2.697,37 (each married person at AOW age), at most € 5.797,61; lid 2: € 1.483 / € 2.833, less
  // 13,67% of the income above € 26.820; art. 4.6: 25% above € 11.830 / € 13.894 / € 9.406 / € 18.950.
  premiumDeduction: {
    baseYearCents: 1_987_00,
    percentOfIncome: 5.32,
    minAowSingleYearCents: 3_029_45,
    minAowCoupleEachYearCents: 2_697_37,
    maxYearCents: 5_797_61,
    zorgtoeslagSingleYearCents: 1_483_00,
    zorgtoeslagCoupleYearCents: 2_833_00,
    zorgtoeslagIncomeCents: 26_820_00,
    zorgtoeslagTaperPercent: 13.67,
  },
  extraVrijlating: {
    percent: 25,
    singleAowYearCents: 11_830_00,
    coupleAowYearCents: 13_894_00,
    singleBelowAowYearCents: 9_406_00,
    coupleBelowAowYearCents: 18_950_00,
  },
}

const DEDUCTIONS_NOTE_2015 =
  'deductions: Regeling langdurige zorg art. 4.2 and 4.4, 2015 text (https://wetten.overheid.nl/BWBR0036014), standing in for the year (no text of that year found)'

/** A version of the Besluit langdurige zorg as stored in MinBZK/regelrecht-corpus. */
function blzText(version: string, amounts: string): string {
  return `Besluit langdurige zorg, text valid from ${version} (https://wetten.overheid.nl/BWBR0035948/${version}), via MinBZK/regelrecht-corpus regulation/nl/amvb/besluit_langdurige_zorg/${version}.yaml (read 2026-12-02): ${amounts}`
}

const STCRT_2019_54031 =
  'https://zoek.officielebekendmakingen.nl/stcrt-2019-54031.html (Regeling van 26 september 2019, indexering per 1 januari 2020: art. I sub 1 € 10.253 (Blz 3.3.1.2 lid 1 sub b), sub 2 € 2.419,40 (3.3.2.1 lid 2), sub 3 € 168,00 and € 881,60 (3.3.2.2 lid 3), sub 4 € 144,20 (3.3.2.2 lid 4))'
const STB_2025_255 =
  'Stb. 2025, 255 (besluit van 24 september 2025 "in verband met het afbouwen van de compensatie vervallen ouderentoeslag en het afschaffen van de extra vermogensvrijstelling"), title as cited in stcrt. 2025, 35082; the Blz text valid from 2026-01-01 has neither any more'

/** The regimes of the 2017 text (read in the versions of 2017 to 2026); 2015 differs (see the 2015 entry). */
const REGIME_2017 = { mptRegime: '2017', mptLowHours: 20, lowIncomeWaiver: 'income' } as const
const REGIME_2021 = { mptRegime: '2017', mptLowHours: 20, lowIncomeWaiver: 'income-plus-minimum' } as const

/**
 * Wlz eigen bijdrage (Besluit langdurige zorg art. 3.3.2.1 hoge, 3.3.2.2 lage, 3.3.2.4 lid 1), per year.
 *
 * - 2015: the amounts of the Blz as enacted (H for the numbers).
 * - 2016: no text with that year's amounts was found: unavailable, the engine refuses to estimate.
 * - 2017, 2018, 2019, 2021, 2022, 2024, 2025, 2026: the consolidated Blz text of 1 January of that year
 *   (MinBZK/regelrecht-corpus, a copy of wetten.overheid.nl): every amount read (H).
 * - 2020: the Staatscourant indexation regeling (numbers H); the mpt/pgb income reduction of that year
 *   was not in it, the 2019 amount stands in.
 * - 2023: no text found; the 2022 amounts hold, unverified (L, an underestimate).
 * - The deductions of the hoge bijdrage come from the Regeling langdurige zorg (2015, 2021, 2022, 2026
 *   read); the other years take the nearest read year's amounts, marked in the note.
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
        mptPgbIncomeReductionYearCents: 0,
        mptRegime: '2015',
        mptLowHours: null,
        lowIncomeWaiver: 'art23',
      },
      DEDUCTIONS_RLZ_2015,
    ),
    source: `${BLZ_TEXT} (art. 3.3.1.2 lid 1 sub b € 10.000, 3.3.2.1 lid 2 € 2.284,60, 3.3.2.2 lid 3 € 158,60 / € 832,60, lid 4 € 136) ; Regeling langdurige zorg art. 4.2 and 4.4, 2015 text (https://wetten.overheid.nl/BWBR0036014) ; ${CAK_LEB_HEB}`,
    confidence: 'M',
    verified: false,
    note: 'The stored consolidated Blz text carries no validity date; its amounts are the enacted ones (the Regeling langdurige zorg of the same snapshot speaks of 2015). Its mpt had a bijdrage per hour of its own (art. 3.3.3.1), not modelled: an mpt is charged the lage bijdrage in 2015. Indexed yearly by ministerial regeling (Blz art. 3.3.1.7).',
  },
  {
    from: '2016-01-01',
    value: { amountsAvailable: false },
    source:
      'GAP: the Wlz amounts for 2016 (indexation regeling under Blz art. 3.3.1.7) were not found in the stored sources; the consolidated texts start at 2017; searched 2026-12-02',
    confidence: 'L',
    verified: false,
    note: 'The engine does not estimate a Wlz eigen bijdrage in 2016: the finding wlz.eigen-bijdrage says the figure is not available.',
  },
  {
    from: '2017-01-01',
    value: wlzParams(
      '2017-01-01',
      {
        lageMinCents: 160_60,
        lageMaxCents: 842_80,
        hogeMaxCents: 2_312_60,
        pgbReductionCents: 137_60,
        extraVermogensvrijstellingCents: 10_090_00,
        mptPgbIncomeReductionYearCents: 6_030_00,
        ...REGIME_2017,
      },
      DEDUCTIONS_RLZ_2015,
    ),
    source: `${blzText('2017-01-01', 'art. 3.3.1.2 lid 1 sub b € 10.090, 3.3.2.1 lid 2 € 2.312,60, 3.3.2.2 lid 1 12,5% and zes maanden, lid 3 € 160,60 / € 842,80, lid 4 € 137,60, 3.3.2.4 lid 1 € 6.030')} ; ${DEDUCTIONS_NOTE_2015}`,
    confidence: 'M',
    verified: true,
    note: 'Amounts H (law text read). Deductions: the 2015 Regeling langdurige zorg amounts stand in (no text of 2017 found), so the hoge bijdrage is a little high.',
  },
  {
    from: '2018-01-01',
    value: wlzParams(
      '2018-01-01',
      {
        lageMinCents: 161_80,
        lageMaxCents: 850_00,
        hogeMaxCents: 2_332_60,
        pgbReductionCents: 138_80,
        extraVermogensvrijstellingCents: 10_141_00,
        mptPgbIncomeReductionYearCents: 6_085_00,
        ...REGIME_2017,
      },
      DEDUCTIONS_RLZ_2015,
    ),
    source: `${blzText('2018-01-01', 'art. 3.3.1.2 lid 1 sub b € 10.141, 3.3.2.1 lid 2 € 2.332,60, 3.3.2.2 lid 1 10%, lid 3 € 161,80 / € 850, lid 4 € 138,80, 3.3.2.4 lid 1 € 6.085')} ; ${DEDUCTIONS_NOTE_2015}`,
    confidence: 'M',
    verified: true,
    note: 'Amounts H (law text read). Deductions: the 2015 Regeling langdurige zorg amounts stand in. Not modelled: the 2018 compensation for the ouderentoeslag (art. 3.3.2.3 lid 1 sub b 4°, 3.3.2.4a).',
  },
  {
    from: '2019-01-01',
    value: wlzParams(
      '2019-01-01',
      {
        lageMinCents: 164_20,
        lageMaxCents: 861_80,
        hogeMaxCents: 2_364_80,
        pgbReductionCents: 140_80,
        extraVermogensvrijstellingCents: 10_171_00,
        mptPgbIncomeReductionYearCents: 6_103_00,
        ...REGIME_2017,
      },
      DEDUCTIONS_RLZ_2015,
    ),
    source: `${blzText('2019-01-01', 'art. 3.3.1.2 lid 1 sub b € 10.171, 3.3.1.2a lid 4 4%, 3.3.2.1 lid 2 € 2.364,80, 3.3.2.2 lid 1 vier maanden, lid 3 € 164,20 / € 861,80, lid 4 € 140,80, 3.3.2.4 lid 1 € 6.103')} ; ${DEDUCTIONS_NOTE_2015}`,
    confidence: 'M',
    verified: true,
    note: 'Amounts H (law text read). Deductions: the 2015 Regeling langdurige zorg amounts stand in. Not modelled: the compensatie vervallen ouderentoeslag (art. 3.3.1.2a lid 1–3, 2019–2025).',
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
        mptPgbIncomeReductionYearCents: 6_103_00,
        ...REGIME_2017,
      },
      DEDUCTIONS_RLZ_2021,
    ),
    source: `${STCRT_2019_54031} ; ${BLZ_TEXT} ; ${rlzText('2021-02-24')} (stand-in) ; ${CAK_LEB_HEB}`,
    confidence: 'M',
    verified: false,
    note: 'Amounts H (Staatscourant text read). The mpt/pgb income reduction of art. 3.3.2.4 lid 1 is the 2019 amount (€ 6.103; 2021: € 6.226), and lid 9 is read in its 2019 wording (the 2021 wording was not read for 2020). Deductions: the 2021 Regeling langdurige zorg amounts stand in.',
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
        mptPgbIncomeReductionYearCents: 6_226_00,
        ...REGIME_2021,
      },
      DEDUCTIONS_RLZ_2021,
    ),
    source: `${blzText('2021-01-01', 'art. 3.3.1.2 lid 1 sub b € 10.376, 3.3.2.1 lid 2 € 2.469,20, 3.3.2.2 lid 3 € 171,40 / € 899,80, lid 4 € 147, 3.3.2.4 lid 1 € 6.226')} ; ${rlzText('2021-02-24')} (€ 3.906 / € 6.076; € 1.867 / € 1.044)`,
    confidence: 'H',
    verified: true,
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
        mptPgbIncomeReductionYearCents: 6_325_00,
        ...REGIME_2021,
      },
      DEDUCTIONS_RLZ_2022,
    ),
    source: `${blzText('2022-01-01', 'art. 3.3.1.2 lid 1 sub b € 10.542, 3.3.2.1 lid 2 € 2.506, 3.3.2.2 lid 3 € 174,00 / € 913,20, lid 4 € 149,20, 3.3.2.4 lid 1 € 6.325')} ; ${rlzText('2022-01-01')} (€ 4.011 / € 6.239; € 1.895 / € 1.059)`,
    confidence: 'H',
    verified: true,
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
        mptPgbIncomeReductionYearCents: 6_325_00,
        ...REGIME_2021,
      },
      DEDUCTIONS_RLZ_2022,
    ),
    source: `GAP: no Blz text or indexation regeling with the 2023 amounts was found (the stored consolidated texts jump from 2022 to 2024); the 2022 amounts (${blzText('2022-01-01', 'see 2022')}) hold`,
    confidence: 'L',
    verified: false,
    note: 'Placeholder: the 2022 amounts carried into 2023 (an underestimate: the amounts are indexed upward every year; 2024 is € 200,40 / € 1.052,20 / € 2.887,40). Deductions: 2022 Regeling langdurige zorg.',
  },
  {
    from: '2024-01-01',
    value: wlzParams(
      '2024-01-01',
      {
        lageMinCents: 200_40,
        lageMaxCents: 1_052_20,
        hogeMaxCents: 2_887_40,
        pgbReductionCents: 171_80,
        extraVermogensvrijstellingCents: 10_850_00,
        mptPgbIncomeReductionYearCents: 7_287_20,
        ...REGIME_2021,
      },
      DEDUCTIONS_2025,
    ),
    source: `${blzText('2024-01-01', 'art. 3.3.1.2 lid 1 sub b € 10.850, 3.3.2.1 lid 2 € 2.887,40, 3.3.2.2 lid 3 € 200,40 / € 1.052,20, lid 4 € 171,80, 3.3.2.4 lid 1 € 7.287,20')} ; ${UR_WMO_2025} (deductions, stand-in)`,
    confidence: 'M',
    verified: true,
    note: 'Amounts H (law text read). Deductions: the 2025 Wmo figures (Uitvoeringsregeling Wmo 2015, the same system for beschermd wonen) stand in; no Regeling langdurige zorg text of 2024 was found.',
  },
  {
    from: '2025-01-01',
    value: wlzParams(
      '2025-01-01',
      {
        ...BESCHERMD_WONEN_2025,
        pgbReductionCents: 175_80,
        extraVermogensvrijstellingCents: 11_534_00,
        mptPgbIncomeReductionYearCents: 7_456_20,
        ...REGIME_2021,
      },
      DEDUCTIONS_2025,
    ),
    source: `${blzText('2025-01-01', 'art. 3.3.1.2 lid 1 sub b € 11.534, 3.3.2.1 lid 2 € 2.954,40, 3.3.2.2 lid 3 € 205,00 / € 1.076,60, lid 4 € 175,80, 3.3.2.4 lid 1 € 7.456,20')} ; ${UR_WMO_2025} (deductions)`,
    confidence: 'M',
    verified: true,
    note: 'Amounts H (law text read; the same amounts as beschermd wonen, stcrt. 2025, 35082). Deductions: the 2025 Wmo figures of the Uitvoeringsregeling Wmo 2015 (no Regeling langdurige zorg text of 2025 was found).',
  },
  {
    from: '2026-01-01',
    value: wlzParams(
      '2026-01-01',
      {
        ...BESCHERMD_WONEN_2026,
        pgbReductionCents: 182_20,
        extraVermogensvrijstellingCents: 0,
        mptPgbIncomeReductionYearCents: 7_727_60,
        ...REGIME_2021,
      },
      DEDUCTIONS_RLZ_2026,
    ),
    source: `${blzText('2026-01-01', 'art. 3.3.2.1 lid 2 € 3.061,80, 3.3.2.2 lid 3 € 212,60 / € 1.115,80, lid 4 € 182,20, 3.3.2.4 lid 1 € 7.727,60; art. 3.3.1.2 has no extra vermogensvrijstelling any more')} ; ${STB_2025_255} ; ${rlzText('2026-01-01')} (€ 4.925 / € 7.661; € 2.315 / € 1.294)`,
    confidence: 'H',
    verified: true,
    note: 'The same text holds in the version valid from 2026-04-01 (read). The Rlz deductions include the premium deduction (art. 4.4, with the zorgtoeslag amount of lid 2) and the extra vrijlating (art. 4.6).',
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
      lageMinCents: 200_40,
      lageMaxCents: 1_052_20,
      hogeMaxCents: 2_887_40,
    }),
    source: `Wlz analogue: ${blzText('2024-01-01', 'art. 3.3.2.1 lid 2 € 2.887,40, 3.3.2.2 lid 3 € 200,40 / € 1.052,20')} (the beschermd-wonen amounts equal the Wlz amounts in the texts of 2025 and 2026)`,
    confidence: 'M',
    verified: false,
    note: 'The Uitvoeringsbesluit Wmo 2015 text of 2024 was not read; the Wlz amounts of 2024 stand in (in 2025 and 2026 the two are the same). Deductions: 2025 figures.',
  },
  {
    from: '2025-01-01',
    value: intramuralParams('2025-01-01', BESCHERMD_WONEN_2025),
    source: `${ubWmoText('2025-01-01', 'art. 3.11 lid 2 € 2.954,40, 3.12 lid 1 10% and vier maanden, lid 3 € 205,00 / € 1.076,60')} ; ${SRC.stcrt2025_35082} ; ${UR_WMO_2025}`,
    confidence: 'H',
    verified: true,
  },
  {
    from: '2026-01-01',
    value: intramuralParams('2026-01-01', BESCHERMD_WONEN_2026, DEDUCTIONS_RLZ_2026),
    source: `${ubWmoText('2026-01-01', 'art. 3.11 lid 2 € 3.061,80, 3.12 lid 3 € 212,60 / € 1.115,80')} ; ${SRC.stcrt2025_35082} ; deductions: ${rlzText('2026-01-01')} (Wlz analogue)`,
    confidence: 'M',
    verified: true,
    note: 'Amounts H (law text read). Deductions: the Uitvoeringsregeling Wmo 2015 of 2026 was not found; the Regeling langdurige zorg amounts of 2026 (the same system for the Wlz; in 2025 the Wmo deductions matched the Wlz system) stand in.',
  },
]

/**
 * Uitvoeringsbesluit Wmo 2015 art. 3.2 lid 1 sub b: for the beschermd-wonen bijtelling, deducted from the
 * vermogen of a client below AOW age and of a spouse at AOW age or owing no bijdrage of his own — the
 * beschermd-wonen twin of the Wlz extra vermogensvrijstelling (WlzEigenBijdrageParams), abolished for
 * both in 2026 (Stb. 2025, 255).
 */
export const BESCHERMD_WONEN_EXTRA_VRIJSTELLING: Series<{ perPersonCents: CentsInput }> = [
  {
    from: '2024-01-01',
    value: { perPersonCents: 10_850_00 },
    source: `Wlz analogue: ${blzText('2024-01-01', 'art. 3.3.1.2 lid 1 sub b € 10.850')}`,
    confidence: 'M',
    verified: false,
    note: 'The Uitvoeringsbesluit Wmo 2015 text of 2024 was not read; in 2025 the two amounts are the same.',
  },
  {
    from: '2025-01-01',
    value: { perPersonCents: 11_534_00 },
    source: ubWmoText('2025-01-01', 'art. 3.2 lid 1 sub b € 11.534'),
    confidence: 'H',
    verified: true,
  },
  {
    from: '2026-01-01',
    value: { perPersonCents: 0 },
    source: `${ubWmoText('2026-01-01', 'art. 3.2 lid 1 has no onderdeel b any more')} ; ${STB_2025_255}`,
    confidence: 'H',
    verified: true,
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
