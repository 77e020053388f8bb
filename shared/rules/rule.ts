/**
 * What every rule file imports: its metadata type and the law URLs its legal basis cites
 * (docs/architecture.md#rules). The type itself lives in shared/domain/rule-meta.ts, below both the
 * rules and the engine context that records their findings, so neither imports the other in a loop.
 */
export type { RuleMeta } from '../domain/rule-meta'
export { isRuleInForce, ruleVersionAt } from '../domain/rule-meta'

export const WMO_URL = 'https://wetten.overheid.nl/BWBR0035362'
export const JEUGDWET_URL = 'https://wetten.overheid.nl/BWBR0034925'
export const PW_URL = 'https://wetten.overheid.nl/BWBR0015703'
export const WLZ_URL = 'https://wetten.overheid.nl/BWBR0035917'
export const ZVW_URL = 'https://wetten.overheid.nl/BWBR0018450'
export const AOW_URL = 'https://wetten.overheid.nl/BWBR0002221'

/** A JCI link to one article on wetten.overheid.nl (e.g. Wmo 2015 art. 2.3.5). */
export function articleUrl(lawUrl: string, article: string): string {
  const bwb = lawUrl.slice(lawUrl.lastIndexOf('/') + 1)
  return `https://wetten.overheid.nl/jci1.3:c:${bwb}&artikel=${article}`
}
