/**
 * How long a municipality keeps a closed Wmo or Jeugdwet case (bewaartermijn), in years after the
 * case was closed (afgehandeld). The Archiefwet 1995 lets a municipality destroy records only under a
 * selection list; for municipalities that is the VNG "Selectielijst gemeenten en intergemeentelijke
 * organen 2020" (in force for records from 1 January 2020, with its later updates). A term set by law
 * prevails over the list.
 *
 * Sources: the VHIC (the bureau that drafted the Selectielijst 2020) answers on vhic.nl, and
 * secondary pages. The list's own text (its result numbers and terms) was searched for on 2026-12-01
 * and not found in any source we could read, so the Selectielijst entries stay `verified: false` and
 * are shown as unverified. Jeugdwet art. 7.3.8 lid 3 was read in its texts of 2015 and 2025, so the
 * Jeugdwet entries are verified.
 *
 * Deliberately left out: a refused aanvraag (the list has its own, shorter results), jeugdbescherming
 * and jeugdreclassering (other terms), Veilig Thuis files, Participatiewet/bijstand dossiers, and the
 * "or so much longer as careful help requires" extension (a case-by-case choice: do not close the case
 * yet).
 */
import type { Series } from '../domain/types'

const VHIC_WMO = 'https://www.vhic.nl/faq/wmo/'
const VHIC_JEUGD = 'https://www.vhic.nl/faq/bewaartermijn-jeugdhulp/'
const VHIC_JEUGDZORG = 'https://www.vhic.nl/faq/bewaartermijnen-jeugdzorg/'

const SELECTIELIJST_2020 = 'VNG, Selectielijst gemeenten en intergemeentelijke organen 2020'
const JEUGDWET_7_3_8 = 'https://wetten.overheid.nl/jci1.3:c:BWBR0034925&artikel=7.3.8'

/**
 * Wmo 2015: the act sets no term; the Selectielijst 2020 does — result 8.1.1 (a Wmo provision
 * granted: V, 15 years after the case was closed; the support plan, result 3.1.5, the same).
 */
export const WMO_RETENTION_YEARS: Series<number> = [
  {
    from: '2020-01-01',
    value: 15,
    source: `VNG Selectielijst gemeenten en intergemeentelijke organen 2020, resultaat 8.1.1 (V 15 jaar na afhandeling); ${VHIC_WMO}`,
    confidence: 'M',
    verified: false,
    note: 'result number and term from the VHIC answers, not from the list text (searched for on 2026-12-01, not found)',
    citation: {
      publication: SELECTIELIJST_2020,
      article: 'resultaat 8.1.1',
      date: '2020-01-01',
      use: 'published',
    },
  },
]

/**
 * Jeugdwet: art. 7.3.8 lid 3 sets the term by law — 15 years until 2019, 20 years from 1 January 2020 (the
 * act that lengthened the medical-record term, WGBO, changed the Jeugdwet with it). The Selectielijst
 * 2020 result 8.1.2 (jeugdhulp provision granted) still names 15 years; the law prevails.
 */
export const JEUGDWET_RETENTION_YEARS: Series<number> = [
  {
    from: '2015-01-01',
    value: 15,
    source: `Jeugdwet art. 7.3.8 lid 3 (version 2015–2019: "bewaart de jeugdhulpverlener het dossier gedurende vijftien jaar"; text checked), https://wetten.overheid.nl/jci1.3:c:BWBR0034925&artikel=7.3.8; ${VHIC_JEUGDZORG}`,
    confidence: 'H',
    verified: true,
    note: 'read 2026-12-01 in the text of 1 January 2015: the fifteen years run "te rekenen vanaf het tijdstip van ontvangst of waarop zij door de jeugdhulpverlener is vervaardigd" — per document, so counting from the closing of the case keeps each document at least as long as the law asks',
    citation: {
      publication: 'Jeugdwet',
      article: 'art. 7.3.8 lid 3',
      date: '2015-01-01',
      url: JEUGDWET_7_3_8,
      use: 'published',
    },
  },
  {
    from: '2020-01-01',
    value: 20,
    source: `Jeugdwet art. 7.3.8 lid 3 (since 2020-01-01), https://wetten.overheid.nl/jci1.3:c:BWBR0034925&artikel=7.3.8; Selectielijst 2020 resultaat 8.1.2; ${VHIC_JEUGD}; ${VHIC_JEUGDZORG}`,
    confidence: 'H',
    verified: true,
    note: 'checked 2026-12-01 in the text geldend van 01-01-2025 (copy of https://wetten.overheid.nl/BWBR0034925/2026-01-01 kept in the i-Sociaal-Lab/jaapjunior repository, Jeugdwet bronnen): lid 3 "bewaart de jeugdhulpverlener het dossier gedurende twintig jaar, te rekenen vanaf het tijdstip waarop de laatste wijziging in het dossier heeft plaatsgevonden" — the term runs from the last change in the dossier, which for a closed case is at the latest its closing',
    citation: {
      publication: 'Jeugdwet',
      article: 'art. 7.3.8 lid 3',
      date: '2020-01-01',
      url: JEUGDWET_7_3_8,
      use: 'published',
    },
  },
]

/**
 * A case closed without a beschikking (no provision granted, so no plan adopted): Selectielijst 2020
 * result 3.2 (a plan not adopted: V, 5 years), as the VHIC advises for a Wmo or jeugdhulp plan that led
 * to no provision.
 */
export const NO_PROVISION_RETENTION_YEARS: Series<number> = [
  {
    from: '2020-01-01',
    value: 5,
    source: `VNG Selectielijst gemeenten en intergemeentelijke organen 2020, resultaat 3.2 (V 5 jaar); ${VHIC_WMO}; ${VHIC_JEUGD}`,
    confidence: 'L',
    verified: false,
    note: 'advice of the VHIC for a plan that led to no provision; a refusal by beschikking is not covered; the list text was searched for on 2026-12-01 and not found',
    citation: {
      publication: SELECTIELIJST_2020,
      article: 'resultaat 3.2',
      date: '2020-01-01',
      use: 'published',
    },
  },
]
