/**
 * The default municipality profile, "Voorbeeldgemeente": example tariffs per provision, delivery
 * form and year, budgets, the sociaal-netwerk pgb rate and the gebruikelijke-hulp protocol hours.
 * Every tariff is an example (`example: true`) built from a dated regional figure in
 * docs/legal-reference.md#example-tariffs (pgb and respite figures included), indexed by 3% a year from its source year to 2024–2026. A real
 * municipality replaces this profile (tariff CSV import).
 */
import type {
  BudgetLine,
  CentsInput,
  DeliveryForm,
  MunicipalityConfig,
  SourceCitation,
  TariffEntry,
} from '../domain/types'
import { divideRoundHalfUp, multiplyCents } from '../domain/money'

const EXAMPLE_INDEX_PERCENT = 3
const YEARS = [2024, 2025, 2026] as const

/** Tariff entries for 2024–2026 from one anchor figure (rate in cents in `anchorYear`). */
function exampleTariffs(
  provisionId: string,
  deliveryForm: DeliveryForm,
  anchorCents: CentsInput,
  anchorYear: number,
  source: string,
): TariffEntry[] {
  return YEARS.map((year) => {
    const years = year - anchorYear
    const rate = multiplyCents(anchorCents, Math.pow(1 + EXAMPLE_INDEX_PERCENT / 100, years))
    return {
      provisionId,
      deliveryForm,
      rateCents: rate,
      from: `${year}-01-01`,
      to: year === 2026 ? null : `${year}-12-31`,
      source:
        years === 0
          ? `${source} (example)`
          : `${source}, indexed ${EXAMPLE_INDEX_PERCENT}%/year from ${anchorYear} (example)`,
      example: true,
      ...citationOf(source, anchorYear, years),
    }
  })
}

/**
 * The publication behind an example tariff's source, as a citation (publication, the table's row as
 * the article, the link): the anchor year's figure cites it as an example, a later year's as indexed
 * from it. A placeholder without a source figure gets none (its source says so).
 */
function citationOf(source: string, anchorYear: number, years: number): { citation?: SourceCitation } {
  const publication = PUBLICATIONS.find(([prefix]) => source.startsWith(prefix))
  if (!publication) return {}
  const [prefix, { rowIsArticle, ...cite }] = publication
  // The row of the table: the words after the publication, without a working note after ';' or ','.
  const row = source.slice(prefix.length).split(/[;,]/)[0]?.trim() ?? ''
  const url = /\((https:[^)\s]+)\)/.exec(prefix)?.[1]
  const citation: SourceCitation = {
    ...cite,
    ...(row !== '' && rowIsArticle ? { article: row } : {}),
    ...(url ? { url } : {}),
    use: years === 0 ? 'example' : 'indexed',
    ...(years === 0 ? {} : { indexed: { percentPerYear: EXAMPLE_INDEX_PERCENT, fromYear: anchorYear } }),
  }
  return { citation }
}

/** pgb at 90% of ZIN: the common pattern "pgb professional = 90–100% of ZIN" (docs/legal-reference.md#pgb, M). */
function pgbTariffs(
  provisionId: string,
  zinCents: CentsInput,
  anchorYear: number,
  source: string,
): TariffEntry[] {
  return exampleTariffs(
    provisionId,
    'pgb',
    multiplyCents(zinCents, 0.9),
    anchorYear,
    `${source}; pgb = 90% of ZIN`,
  )
}

const WESTERVELD =
  'Westerveld tarieven Wmo 2023 (https://www.gemeentewesterveld.nl/Inwoners/Zorg_en_ondersteuning/Ondersteuning_begeleiding_Wmo/Tarieven_Wmo_2023)'
const MEERINZICHT =
  'Meerinzicht tarieven 2023 (https://www.meerinzicht.nl/wonen-huishouden-en-invulling-van-uw-dag/tarieven-wmo-zorg-in-natura-en-pgb-2022)'
const BOLLENSTREEK =
  'Bollenstreek maximale tarieven pgb jeugdhulp 2024 (https://www.noordwijk.nl/onderwerp/zorg-ondersteuning-en-inkomen/maximale-tarieven-pgb-jeugdhulp-2024-bollenstreek/)'
const MENZIS =
  'Wlz pgb maximum tarieven 2024 (https://www.menziszorgkantoor.nl/persoonsgebonden-budget-pgb/pgb-vergoedingen-en-tarieven)'
const GMB_BW = 'Beschermd wonen pgb 2022 (https://zoek.officielebekendmakingen.nl/gmb-2021-482859.html)'
const PLACEHOLDER =
  'Illustrative placeholder: no source figure (GAP in docs/legal-reference.md); replace with the contract tariff'

type Publication = Pick<SourceCitation, 'publication' | 'article' | 'date'> & { rowIsArticle: boolean }

/** The publications the example tariffs come from, by the source text that names them. */
const PUBLICATIONS: readonly (readonly [string, Publication])[] = [
  [WESTERVELD, { publication: 'Gemeente Westerveld, Tarieven Wmo 2023', rowIsArticle: true }],
  [MEERINZICHT, { publication: 'Meerinzicht, Tarieven Wmo zorg in natura en pgb 2023', rowIsArticle: true }],
  [BOLLENSTREEK, { publication: 'Bollenstreek, Maximale tarieven pgb jeugdhulp 2024', rowIsArticle: true }],
  // The row used is the formal care provider's hourly maximum, a proxy: the source text says which.
  [
    MENZIS,
    {
      publication: 'Menzis Zorgkantoor, Pgb-vergoedingen en tarieven Wlz',
      date: '2024-01-01',
      rowIsArticle: false,
    },
  ],
  [
    GMB_BW,
    {
      publication: 'Gemeenteblad 2021, nr. 482859',
      article: 'Beschermd wonen pgb 2022',
      rowIsArticle: false,
    },
  ],
]

export const VOORBEELDGEMEENTE_TARIFFS: TariffEntry[] = [
  ...exampleTariffs('wmo.hulp-bij-het-huishouden', 'zin', 3240, 2023, `${WESTERVELD} HbH`),
  ...pgbTariffs('wmo.hulp-bij-het-huishouden', 3240, 2023, `${WESTERVELD} HbH`),
  ...exampleTariffs('wmo.hulp-bij-het-huishouden', 'pgb-netwerk', 1620, 2023, `${WESTERVELD} HbH informeel`),
  ...exampleTariffs('wmo.begeleiding-individueel', 'zin', 6600, 2023, `${MEERINZICHT} begeleiding regulier`),
  ...pgbTariffs('wmo.begeleiding-individueel', 6600, 2023, `${MEERINZICHT} begeleiding regulier`),
  ...exampleTariffs(
    'wmo.begeleiding-individueel',
    'pgb-netwerk',
    2280,
    2023,
    `${WESTERVELD} begeleiding informeel`,
  ),
  ...exampleTariffs(
    'wmo.persoonlijke-verzorging',
    'zin',
    7700,
    2024,
    `${MENZIS} formal hourly maximum (proxy)`,
  ),
  ...pgbTariffs('wmo.persoonlijke-verzorging', 7700, 2024, `${MENZIS} formal hourly maximum (proxy)`),
  ...exampleTariffs('wmo.dagbesteding', 'zin', 4615, 2023, `${WESTERVELD} dagbesteding midden per dagdeel`),
  ...pgbTariffs('wmo.dagbesteding', 4615, 2023, `${WESTERVELD} dagbesteding midden per dagdeel`),
  ...exampleTariffs(
    'wmo.vervoer-dagbesteding',
    'zin',
    1479,
    2023,
    `${WESTERVELD} vervoer dagbesteding per dag`,
  ),
  ...pgbTariffs('wmo.vervoer-dagbesteding', 1479, 2023, `${WESTERVELD} vervoer dagbesteding per dag`),
  ...exampleTariffs('wmo.kortdurend-verblijf', 'zin', 20421, 2023, `${WESTERVELD} respijtzorg per etmaal`),
  ...pgbTariffs('wmo.kortdurend-verblijf', 20421, 2023, `${WESTERVELD} respijtzorg per etmaal`),
  ...exampleTariffs(
    'wmo.kortdurend-verblijf',
    'pgb-netwerk',
    3000,
    2023,
    `${MEERINZICHT} logeeropvang sociaal netwerk per etmaal`,
  ),
  ...exampleTariffs('wmo.rolstoel', 'zin', 250000, 2024, `${PLACEHOLDER} (wheelchair per piece)`),
  ...pgbTariffs('wmo.rolstoel', 250000, 2024, `${PLACEHOLDER} (wheelchair per piece)`),
  ...exampleTariffs('wmo.hulpmiddel', 'zin', 50000, 2024, `${PLACEHOLDER} (aid per piece)`),
  ...pgbTariffs('wmo.hulpmiddel', 50000, 2024, `${PLACEHOLDER} (aid per piece)`),
  ...exampleTariffs(
    'wmo.beschermd-wonen',
    'zin',
    8771,
    2022,
    `${GMB_BW}, professional pgb 100% used for ZIN (ZIN tariff is a GAP)`,
  ),
  ...exampleTariffs('wmo.beschermd-wonen', 'pgb', 8771, 2022, GMB_BW),
  ...exampleTariffs(
    'wmo.opvang',
    'zin',
    11644,
    2025,
    'Midpoint of the sourced range for a place in opvang, €15,000/yr (basic) to €70,000/yr (with ggz care), ÷ 365 (https://eenvandaag.avrotros.nl/artikelen/daklozen-zijn-een-van-duurste-bevolkingsgroepen-voor-overheid-maar-dat-hoeft-niet-zorg-wordt-pas-ingezet-als-het-misgaat-162301 ; https://sociaal.net/achtergrond/dakloosheid-oplossen-door-housing-first-niet-duurder/), confidence L',
  ),
  ...exampleTariffs('jeugd.ambulant', 'zin', 7800, 2024, `${BOLLENSTREEK} 45A48 HBO`),
  ...pgbTariffs('jeugd.ambulant', 7800, 2024, `${BOLLENSTREEK} 45A48 HBO`),
  ...exampleTariffs('jeugd.ambulant', 'pgb-netwerk', 2393, 2024, `${BOLLENSTREEK} sociaal netwerk`),
  ...exampleTariffs(
    'jeugd.dagbehandeling',
    'zin',
    6882,
    2024,
    `${BOLLENSTREEK} 41A00 dagbehandeling A per dagdeel`,
  ),
  ...pgbTariffs('jeugd.dagbehandeling', 6882, 2024, `${BOLLENSTREEK} 41A00 dagbehandeling A per dagdeel`),
  // No youth dagbesteding tariff in the reference: the Wmo dagbesteding figure stands in, unverified.
  ...exampleTariffs(
    'jeugd.dagbesteding',
    'zin',
    4615,
    2023,
    `${PLACEHOLDER}; stand-in: ${WESTERVELD} Wmo dagbesteding midden per dagdeel`,
  ),
  ...pgbTariffs(
    'jeugd.dagbesteding',
    4615,
    2023,
    `${PLACEHOLDER}; stand-in: ${WESTERVELD} Wmo dagbesteding midden per dagdeel`,
  ),
  ...exampleTariffs('jeugd.verblijf', 'zin', 9506, 2024, `${BOLLENSTREEK} 44A27 verblijf 24-uur J&O per dag`),
  ...pgbTariffs('jeugd.verblijf', 9506, 2024, `${BOLLENSTREEK} 44A27 verblijf 24-uur J&O per dag`),
  ...exampleTariffs(
    'jeugd.pleegzorg',
    'zin',
    6000,
    2024,
    `${PLACEHOLDER} (pleegzorg per day incl. pleegvergoeding and guidance)`,
  ),
  ...exampleTariffs(
    'jeugd.jeugdreclassering',
    'zin',
    150000,
    2024,
    `${PLACEHOLDER} (jeugdreclassering per month)`,
  ),
  ...exampleTariffs('jeugd.respijt', 'zin', 8355, 2024, `${BOLLENSTREEK} 44A27 respijt/LVB per dag`),
  ...pgbTariffs('jeugd.respijt', 8355, 2024, `${BOLLENSTREEK} 44A27 respijt/LVB per dag`),
  ...exampleTariffs(
    'jeugd.respijt',
    'pgb-netwerk',
    3000,
    2023,
    `${MEERINZICHT} logeeropvang sociaal netwerk per etmaal`,
  ),
  ...exampleTariffs('pw.jobcoach', 'zin', 7500, 2024, `${PLACEHOLDER} (jobcoach hourly tariff is a GAP)`),
  ...exampleTariffs('pw.loonkostensubsidie', 'zin', 100, 2024, 'Euro amount: 100 cents per euro'),
  ...exampleTariffs('pw.bijzondere-bijstand', 'zin', 100, 2024, 'Euro amount: 100 cents per euro'),
  ...exampleTariffs('pw.individuele-inkomenstoeslag', 'zin', 100, 2024, 'Euro amount: 100 cents per euro'),
  ...exampleTariffs(
    'zvw.wijkverpleging',
    'zin',
    7700,
    2024,
    `${MENZIS} formal hourly maximum (proxy for the Zvw wijkverpleging tariff)`,
  ),
  ...exampleTariffs('zvw.wijkverpleging', 'pgb', 7700, 2024, `${MENZIS} formal hourly maximum (proxy)`),
  ...exampleTariffs('wlz.verblijf', 'zin', 27400, 2024, `${PLACEHOLDER} (verpleeghuis ≈ €100,000/yr ÷ 365)`),
  ...exampleTariffs('wlz.verblijf', 'pgb', 24000, 2024, `${PLACEHOLDER}`),
  ...exampleTariffs(
    'wlz.vpt',
    'zin',
    20000,
    2024,
    `${PLACEHOLDER} (vpt day rate below the stay it replaces)`,
  ),
  ...exampleTariffs(
    'wlz.mpt',
    'zin',
    7700,
    2024,
    `${MENZIS} formal hourly maximum (proxy for the mpt tariff)`,
  ),
  ...exampleTariffs('wlz.mpt', 'pgb', 7700, 2024, `${MENZIS} formal hourly maximum`),
  ...exampleTariffs(
    'algemeen.dagactiviteit',
    'algemeen',
    1500,
    2024,
    `${PLACEHOLDER} (municipal subsidy per dagdeel)`,
  ),
  ...exampleTariffs(
    'algemeen.dagactiviteit',
    'volunteer',
    1500,
    2024,
    `${PLACEHOLDER} (municipal subsidy per dagdeel)`,
  ),
  ...exampleTariffs('algemeen.schuldhulp', 'algemeen', 120000, 2024, `${PLACEHOLDER} (schuldhulp traject)`),
  ...exampleTariffs('wmo.woningaanpassing', 'zin', 100, 2024, 'Euro amount: 100 cents per euro'),
  ...exampleTariffs('wmo.woningaanpassing', 'pgb', 100, 2024, 'Euro amount: 100 cents per euro'),
]

const BUDGET_2024: Record<BudgetLine, CentsInput> = {
  wmo: 1_450_000_000,
  jeugd: 1_600_000_000,
  participatie: 280_000_000,
  bijstand: 2_100_000_000,
}

function budgets(): MunicipalityConfig['budgets'] {
  const out: MunicipalityConfig['budgets'] = []
  for (const year of YEARS) {
    for (const line of Object.keys(BUDGET_2024) as BudgetLine[]) {
      // Budgets are set in whole euros.
      const cents = multiplyCents(BUDGET_2024[line], Math.pow(1.03, year - 2024))
      out.push({ year, line, cents: divideRoundHalfUp(cents, 100) * 100 })
    }
  }
  return out
}

/** The Wlz pgb hourly maximum for help from the social network, the anchor of the sociaal-netwerk rate. */
const MENZIS_CITATION: SourceCitation = {
  publication: 'Menzis Zorgkantoor, Pgb-vergoedingen en tarieven Wlz',
  article: '“Zorgverlener uit het sociaal netwerk”',
  date: '2024-01-01',
  url: 'https://www.menziszorgkantoor.nl/persoonsgebonden-budget-pgb/pgb-vergoedingen-en-tarieven',
  use: 'published',
}

/** The example profile used when a household names no municipality (or an unknown one). */
export const DEFAULT_MUNICIPALITY: MunicipalityConfig = {
  code: 'GM9999',
  name: 'Voorbeeldgemeente',
  tariffs: VOORBEELDGEMEENTE_TARIFFS,
  pgbNetworkHourRate: [
    {
      from: '2024-01-01',
      value: 2444,
      source: `${MENZIS}: Wlz pgb informal hourly maximum 2024`,
      confidence: 'H',
      citation: MENZIS_CITATION,
    },
    {
      from: '2025-01-01',
      value: 2517,
      source: 'Wlz informal 2024 rate indexed 3% (example; 2025 value is a GAP)',
      confidence: 'L',
      verified: false,
      citation: { ...MENZIS_CITATION, use: 'indexed', indexed: { percentPerYear: 3, fromYear: 2024 } },
    },
    {
      from: '2026-01-01',
      value: 2593,
      source: 'Wlz informal 2024 rate indexed 3%/year (example; 2026 value is a GAP)',
      confidence: 'L',
      verified: false,
      citation: { ...MENZIS_CITATION, use: 'indexed', indexed: { percentPerYear: 3, fromYear: 2024 } },
    },
  ],
  gebruikelijkeHulpHoursPerWeek: [
    {
      from: '2015-01-01',
      value: 2,
      source:
        'Example protocol: KPMG/HHM normenkader basis 108 h/year ≈ 2 h/week that a healthy adult housemate can take over (https://www.maatschappelijkezaken.nl/nieuw-normenkader-om-hoeveelheid-huishoudelijke-hulp-vast-te-stellen); no national table exists (GAP)',
      confidence: 'L',
      verified: false,
      citation: {
        publication: 'HHM/KPMG, Normenkader huishoudelijke ondersteuning',
        article: '“Basisnorm 108 uur per jaar”',
        url: 'https://www.maatschappelijkezaken.nl/nieuw-normenkader-om-hoeveelheid-huishoudelijke-hulp-vast-te-stellen',
        use: 'example',
      },
    },
  ],
  minimaPolicy: [
    {
      from: '2020-01-01',
      value: { incomeThresholdPercent: 0, eigenBijdrageCents: 0 },
      source: 'Example: no minima policy (the municipality may lower the abonnementstarief for minima)',
      confidence: 'H',
      // The act sets the abonnementstarief as a maximum; a municipality may charge less (minima policy).
      citation: {
        publication: 'Wmo 2015',
        article: 'art. 2.1.4a',
        url: 'https://wetten.overheid.nl/jci1.3:c:BWBR0035362&artikel=2.1.4a',
        use: 'example',
      },
    },
  ],
  indexationPercentPerYear: 3,
  budgets: budgets(),
}
