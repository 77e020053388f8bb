import type { ZrmAssessment, ZrmDomain } from '#shared/domain/types'
import { ZRM_DOMAINS } from '#shared/domain/types'

export type RadarPoint = { domain: ZrmDomain; label: string; current: number; target: number }

/**
 * The radar chart's plain rows: one per ZRM domain in the fixed order, 0 where a domain was not
 * scored (the chart's centre), the target defaulting to the current score when none was agreed.
 */
export function shapeRadarData(
  assessment: Pick<ZrmAssessment, 'scores' | 'targets'> | null | undefined,
  labelOf: (domain: ZrmDomain) => string,
): RadarPoint[] {
  return ZRM_DOMAINS.map((domain) => {
    const current = assessment?.scores[domain] ?? 0
    return { domain, label: labelOf(domain), current, target: assessment?.targets?.[domain] ?? current }
  })
}
