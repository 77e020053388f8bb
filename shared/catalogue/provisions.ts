/**
 * The default provision catalogue (docs/architecture.md#case-file): law, iWmo (WMO020) / iJw (JZ020) product category
 * code, unit, delivery forms, ZRM domains addressed, and the flags the rules need. Codes:
 * docs/legal-reference.md#provisions-and-units. Tariffs are not here but in the municipality profile.
 */
import type { DeliveryForm, Law, Payer, Provision, Unit, ZrmDomain } from '../domain/types'

export type ProvisionDefinition = Provision & {
  /** Who pays a costed line of this provision (before the eigen-bijdrage split). */
  payer: Payer
  /** Care the Wlz covers once a person has a Wlz indication (Wmo art. 2.3.5 lid 6, Jeugdwet art. 1.2). */
  wlzCovered: boolean
  /** Hulp bij het huishouden: subject to the gebruikelijke-hulp protocol. */
  householdHelp?: boolean
  /** Personal care / nursing at home: Zvw wijkverpleging comes first for adults. */
  personalCare?: boolean
  /** Beschermd wonen: its own income-dependent CAK contribution instead of the abonnementstarief. */
  beschermdWonen?: boolean
  /** Residence in an institution: bijstand at the institution norm (art. 23 Pw). */
  institutional?: boolean
  /** A general provision (algemene voorziening), accessible without individual assessment. */
  general?: boolean
  /** The eigen bijdrage also applies to minors (woningaanpassingen only). */
  eigenBijdrageForMinors?: boolean
  /** Volume is a euro amount (unit 'euro'): the cost is the amount itself. */
  euroAmount?: boolean
  /** Pleegzorg: Jeugdwet help that runs to 21 without a continuation decision (since 2022). */
  pleegzorg?: boolean
  /** Wlz care at home (volledig or modulair pakket thuis): the lage eigen bijdrage, wlz.care-at-home. */
  wlzAtHome?: boolean
  /** Bijzondere bijstand: also for persons of AOW age (not ended by participatiewet.aow-transition). */
  incomeSupport?: boolean
  /** For a general provision: the maatwerk provisions it can replace (wmo.algemene-voorziening-first). */
  alternativeFor?: string[]
}

/**
 * Hours in one dagdeel, the unit of dagbesteding and kortdurend verblijf by the part-day
 * (docs/legal-reference.md#provisions-and-units, iWmo productcategorie 07).
 */
export const HOURS_PER_DAGDEEL = 4

function p(
  id: string,
  law: Law,
  payer: Payer,
  categoryCode: string | null,
  unit: Unit,
  deliveryForms: DeliveryForm[],
  domains: ZrmDomain[],
  flags: Partial<
    Omit<
      ProvisionDefinition,
      'id' | 'law' | 'payer' | 'categoryCode' | 'unit' | 'deliveryForms' | 'domains' | 'labelKey'
    >
  > = {},
): ProvisionDefinition {
  return {
    id,
    law,
    payer,
    categoryCode,
    unit,
    deliveryForms,
    domains,
    labelKey: `provision.${id}`,
    respite: false,
    oneOff: false,
    eigenBijdrage: false,
    wlzCovered: false,
    ...flags,
  }
}

const PROFESSIONAL: DeliveryForm[] = ['zin', 'pgb', 'pgb-netwerk']

export const PROVISIONS: readonly ProvisionDefinition[] = [
  p(
    'wmo.hulp-bij-het-huishouden',
    'wmo',
    'gemeente-wmo',
    '01',
    'hour',
    [...PROFESSIONAL, 'mantelzorg'],
    ['instrumentele-adl', 'huisvesting'],
    {
      eigenBijdrage: true,
      wlzCovered: true,
      householdHelp: true,
    },
  ),
  p(
    'wmo.begeleiding-individueel',
    'wmo',
    'gemeente-wmo',
    '02',
    'hour',
    [...PROFESSIONAL, 'mantelzorg'],
    [
      'geestelijke-gezondheid',
      'tijdsbesteding',
      'financien',
      'sociaal-netwerk',
      'instrumentele-adl',
      'huiselijke-relaties',
    ],
    { eigenBijdrage: true, wlzCovered: true },
  ),
  p(
    'wmo.persoonlijke-verzorging',
    'wmo',
    'gemeente-wmo',
    '03',
    'hour',
    [...PROFESSIONAL, 'mantelzorg'],
    ['basale-adl', 'lichamelijke-gezondheid'],
    {
      eigenBijdrage: true,
      wlzCovered: true,
      personalCare: true,
    },
  ),
  p(
    'wmo.dagbesteding',
    'wmo',
    'gemeente-wmo',
    '07',
    'dagdeel',
    ['zin', 'pgb'],
    ['tijdsbesteding', 'sociaal-netwerk', 'maatschappelijke-participatie'],
    {
      eigenBijdrage: true,
      wlzCovered: true,
    },
  ),
  p(
    'wmo.vervoer-dagbesteding',
    'wmo',
    'gemeente-wmo',
    '08',
    'piece',
    ['zin', 'pgb'],
    ['maatschappelijke-participatie'],
    {
      eigenBijdrage: true,
      wlzCovered: true,
    },
  ),
  p(
    'wmo.kortdurend-verblijf',
    'wmo',
    'gemeente-wmo',
    '04',
    'etmaal',
    PROFESSIONAL,
    ['basale-adl', 'sociaal-netwerk'],
    {
      respite: true,
      eigenBijdrage: true,
      wlzCovered: true,
    },
  ),
  p(
    'wmo.woningaanpassing',
    'wmo',
    'gemeente-wmo',
    '13',
    'euro',
    ['zin', 'pgb'],
    ['huisvesting', 'basale-adl'],
    {
      oneOff: true,
      eigenBijdrage: true,
      eigenBijdrageForMinors: true,
      euroAmount: true,
    },
  ),
  p(
    'wmo.rolstoel',
    'wmo',
    'gemeente-wmo',
    '11',
    'piece',
    ['zin', 'pgb'],
    ['lichamelijke-gezondheid', 'maatschappelijke-participatie'],
    {
      oneOff: true,
    },
  ),
  p(
    'wmo.hulpmiddel',
    'wmo',
    'gemeente-wmo',
    '14',
    'piece',
    ['zin', 'pgb'],
    ['basale-adl', 'lichamelijke-gezondheid'],
    {
      oneOff: true,
      eigenBijdrage: true,
    },
  ),
  p(
    'wmo.beschermd-wonen',
    'wmo',
    'gemeente-wmo',
    '15',
    'etmaal',
    ['zin', 'pgb'],
    ['huisvesting', 'geestelijke-gezondheid', 'basale-adl', 'instrumentele-adl', 'financien'],
    { eigenBijdrage: true, wlzCovered: true, beschermdWonen: true },
  ),
  p(
    'wmo.opvang',
    'wmo',
    'gemeente-wmo',
    '16',
    'etmaal',
    ['zin'],
    ['huisvesting', 'geestelijke-gezondheid', 'middelengebruik'],
    {
      institutional: true,
    },
  ),
  p(
    'jeugd.ambulant',
    'jeugdwet',
    'gemeente-jeugd',
    '45',
    'hour',
    PROFESSIONAL,
    ['geestelijke-gezondheid', 'huiselijke-relaties', 'tijdsbesteding'],
    {
      wlzCovered: true,
    },
  ),
  // Youth day programmes under the Jeugdwet, so a day programme for a 16-year-old can be modelled:
  // dagbehandeling is iJw category 41 (docs/legal-reference.md#jeugdwet and docs/legal-reference.md#provisions-and-units); dagbesteding for youth has no
  // category of its own in the reference (it is bought as daghulp within jeugdhulp) and its code is
  // not verified here.
  p(
    'jeugd.dagbehandeling',
    'jeugdwet',
    'gemeente-jeugd',
    '41',
    'dagdeel',
    ['zin', 'pgb'],
    ['tijdsbesteding', 'geestelijke-gezondheid', 'werk-opleiding', 'sociaal-netwerk'],
    { wlzCovered: true },
  ),
  p(
    'jeugd.dagbesteding',
    'jeugdwet',
    'gemeente-jeugd',
    null,
    'dagdeel',
    ['zin', 'pgb'],
    ['tijdsbesteding', 'werk-opleiding', 'sociaal-netwerk', 'maatschappelijke-participatie'],
    { wlzCovered: true },
  ),
  p(
    'jeugd.verblijf',
    'jeugdwet',
    'gemeente-jeugd',
    '43',
    'etmaal',
    ['zin', 'pgb'],
    ['huisvesting', 'huiselijke-relaties', 'geestelijke-gezondheid'],
    {
      wlzCovered: true,
      institutional: true,
    },
  ),
  // Pleegzorg is contracted as jeugdhulp verblijf (excl. behandeling, JZ020 44) in most regions; the
  // 2015 code list had its own category 35. Category assumed, not confirmed per region.
  p(
    'jeugd.pleegzorg',
    'jeugdwet',
    'gemeente-jeugd',
    '44',
    'etmaal',
    ['zin'],
    ['huisvesting', 'huiselijke-relaties'],
    {
      wlzCovered: true,
      pleegzorg: true,
    },
  ),
  p(
    'jeugd.jeugdreclassering',
    'jeugdwet',
    'gemeente-jeugd',
    '47',
    'piece',
    ['zin'],
    ['justitie', 'tijdsbesteding'],
  ),
  p(
    'jeugd.respijt',
    'jeugdwet',
    'gemeente-jeugd',
    '44',
    'etmaal',
    PROFESSIONAL,
    ['huiselijke-relaties', 'sociaal-netwerk'],
    {
      respite: true,
      wlzCovered: true,
    },
  ),
  p('pw.jobcoach', 'participatiewet', 'gemeente-participatie', null, 'hour', ['zin'], ['werk-opleiding']),
  p(
    'pw.loonkostensubsidie',
    'participatiewet',
    'gemeente-participatie',
    null,
    'euro',
    ['zin'],
    ['werk-opleiding', 'financien'],
    {
      euroAmount: true,
    },
  ),
  // Income support under the Participatiewet (art. 35 and 36): euro amounts paid from the bijstand
  // budget; their conditions are findings of participatiewet.bijzondere-bijstand.
  p('pw.bijzondere-bijstand', 'participatiewet', 'gemeente-bijstand', null, 'euro', ['zin'], ['financien'], {
    euroAmount: true,
    incomeSupport: true,
  }),
  p(
    'pw.individuele-inkomenstoeslag',
    'participatiewet',
    'gemeente-bijstand',
    null,
    'euro',
    ['zin'],
    ['financien'],
    { euroAmount: true },
  ),
  p(
    'zvw.wijkverpleging',
    'zvw',
    'zvw',
    null,
    'hour',
    ['zin', 'pgb'],
    ['basale-adl', 'lichamelijke-gezondheid'],
  ),
  p(
    'wlz.verblijf',
    'wlz',
    'wlz',
    null,
    'etmaal',
    ['zin', 'pgb'],
    ['huisvesting', 'basale-adl', 'lichamelijke-gezondheid', 'geestelijke-gezondheid'],
    {
      institutional: true,
    },
  ),
  // Wlz care at home (Wlz art. 3.3.1–3.3.3): the volledig pakket thuis (vpt), one provider for the
  // whole package, by the day; the modulair pakket thuis (mpt), modules by the hour, also as pgb.
  p(
    'wlz.vpt',
    'wlz',
    'wlz',
    null,
    'etmaal',
    ['zin'],
    ['basale-adl', 'lichamelijke-gezondheid', 'geestelijke-gezondheid', 'instrumentele-adl'],
    { wlzAtHome: true },
  ),
  p(
    'wlz.mpt',
    'wlz',
    'wlz',
    null,
    'hour',
    ['zin', 'pgb'],
    ['basale-adl', 'lichamelijke-gezondheid', 'geestelijke-gezondheid', 'instrumentele-adl'],
    { wlzAtHome: true },
  ),
  p(
    'informal.mantelzorg',
    'informal',
    'informal',
    null,
    'hour',
    ['mantelzorg'],
    ['instrumentele-adl', 'basale-adl', 'sociaal-netwerk', 'tijdsbesteding'],
  ),
  p(
    'informal.vrijwilliger',
    'informal',
    'informal',
    null,
    'hour',
    ['volunteer'],
    ['sociaal-netwerk', 'tijdsbesteding', 'maatschappelijke-participatie'],
  ),
  p(
    'algemeen.dagactiviteit',
    'wmo',
    'gemeente-wmo',
    null,
    'dagdeel',
    ['algemeen', 'volunteer'],
    ['tijdsbesteding', 'sociaal-netwerk', 'maatschappelijke-participatie'],
    { general: true, alternativeFor: ['wmo.dagbesteding'] },
  ),
  p('algemeen.schuldhulp', 'none', 'gemeente-participatie', null, 'piece', ['algemeen'], ['financien'], {
    general: true,
    alternativeFor: [],
  }),
]

const BY_ID: ReadonlyMap<string, ProvisionDefinition> = new Map(PROVISIONS.map((prov) => [prov.id, prov]))

/** The catalogue entry for `id`, or undefined when the id is unknown. */
export function getProvision(id: string): ProvisionDefinition | undefined {
  return BY_ID.get(id)
}

/** Delivery forms that rely on a named carer (and so need the carer's recorded consent). */
export function reliesOnCarer(form: DeliveryForm): boolean {
  return form === 'mantelzorg' || form === 'pgb-netwerk'
}
