/**
 * Dutch terms of art used in code identifiers and data, with their meaning (docs/conventions.md: Dutch
 * legal terms stay Dutch where English would lose the meaning).
 */
export const GLOSSARY: Readonly<Record<string, string>> = {
  abonnementstarief: 'Fixed maximum Wmo eigen bijdrage per household per month (via the CAK), 2020–2026.',
  algemeneVoorziening:
    'General provision: open to everyone without an individual assessment (Wmo 2015 art. 1.1.1).',
  alleenstaandeOuder: 'Single parent: bijstand at the single norm (since 2015 the same as alleenstaande).',
  aow: 'Algemene Ouderdomswet: the state pension, from the AOW age (67, and 67 + 3 months from 2028).',
  beschermdWonen: 'Sheltered housing under the Wmo, with its own income-dependent CAK contribution.',
  beschikking: 'The formal decision of the college on an aanvraag.',
  bijstand: 'Social assistance under the Participatiewet: the norm minus countable income.',
  cak: 'Centraal Administratie Kantoor: collects the Wmo and Wlz eigen bijdragen.',
  ciz: 'Centrum indicatiestelling zorg: decides on access to the Wlz (indicatiebesluit).',
  dagdeel: 'Half a day (4 hours), the unit of dagbesteding.',
  eigenBijdrage:
    'Client contribution to Wmo support (the abonnementstarief, or the beschermd-wonen contribution).',
  etmaal: 'A 24-hour period, the unit of stays (kortdurend verblijf, beschermd wonen, opvang).',
  gebruikelijkeHulp:
    'Help that may normally be expected of a partner, parents, children living in or other housemates.',
  gemeente: 'Municipality.',
  inkomstenvrijlating: 'Part of earnings left out of the bijstand means test (25%, capped, 6 months, 27+).',
  jeugdhulp: 'Youth care under the Jeugdwet (under 18, continuation to 23).',
  jeugdreclassering: 'Youth probation: supervision of a young person in a criminal case.',
  keukentafelgesprek: 'The kitchen-table conversation: the Wmo onderzoek with the client at home.',
  kostendelersnorm:
    'Reduced bijstand norm when housemates aged 27+ share the costs (Participatiewet art. 22a).',
  logeeropvang: 'Short stay away from home to relieve the carers (respite), Wmo kortdurend verblijf.',
  maatwerkvoorziening: 'Tailored provision after an individual assessment (Wmo 2015).',
  mantelzorg: 'Unpaid, voluntary care from someone in the person’s social network; cannot be enforced.',
  mantelzorger: 'A person giving mantelzorg.',
  melding: 'The report of a need for support that starts the Wmo procedure.',
  onderzoek: 'The Wmo investigation after a melding, within 6 weeks.',
  opvang: 'Shelter for people who left home (homelessness, domestic violence), Wmo.',
  participatiewet: 'The law on bijstand and work reintegration.',
  pgb: 'Persoonsgebonden budget: a personal budget with which the client buys care (paid via the SVB).',
  pgbNetwerk: 'A pgb used to pay someone from the social network, at the municipality’s lower rate.',
  respijtzorg: 'Respite care: temporary take-over of care to relieve the mantelzorger.',
  sociaalNetwerk: 'The people around the client: family, friends, neighbours.',
  vakantietoeslag: 'Holiday allowance (5%) included in the bijstand norms.',
  verlengdeJeugdhulp: 'Jeugdhulp continued after 18 (up to 23) when started before 18.',
  wijkverpleging: 'District nursing and personal care at home under the Zvw (no eigen risico).',
  wlz: 'Wet langdurige zorg: long-term care for permanent supervision or 24-hour care nearby.',
  wmo: 'Wet maatschappelijke ondersteuning 2015: municipal support for adults.',
  woningaanpassing: 'Home adaptation (e.g. a stair lift), a one-off Wmo provision.',
  zin: 'Zorg in natura: care contracted and paid by the municipality directly.',
  zrm: 'Zelfredzaamheid-Matrix: 13 domains scored 1 (acute) to 5 (fully self-reliant).',
  zvw: 'Zorgverzekeringswet: the health insurance law.',
}
