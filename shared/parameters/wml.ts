/**
 * Wettelijk minimumloon (21+) per hour: the default shadow price of an unpaid informal care hour
 * (docs/architecture.md#payer-rules). Changes on 1 January and 1 July.
 */
import type { CentsInput, Series } from '../domain/types'
import { SRC } from './sources'

export const WML_PER_HOUR: Series<CentsInput> = [
  {
    from: '2024-01-01',
    value: 1327,
    source:
      'Wet minimumloon, one hourly minimum wage since 1-1-2024 (value from memory of the Staatscourant regeling; no source document retrieved)',
    confidence: 'M',
    verified: false,
  },
  {
    from: '2024-07-01',
    value: 1368,
    source:
      'https://vanoers.nl/nieuws/hr-solutions/hoogte-minimumuurloon-per-1-januari-2015-bekend (states 13,68 from 1-7-2024)',
    confidence: 'M',
  },
  {
    from: '2025-01-01',
    value: 1406,
    source: 'https://svb.nl/nl/pgb/een-zorgovereenkomst-afsluiten/bedragen-minimumlonen-vanaf-1-januari-2025',
    confidence: 'H',
  },
  {
    from: '2025-07-01',
    value: 1440,
    source:
      'https://www.w-o.nl/actueel/Wettelijk-minimumuurloon-per-1-juli-2025 ; docs/legal-reference.md#aow-age-and-minimum-wage',
    confidence: 'H',
  },
  { from: '2026-01-01', value: 1471, source: `${SRC.wml2026} ; ${SRC.wml2026b}`, confidence: 'H' },
]
