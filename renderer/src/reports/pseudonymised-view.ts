/**
 * What a pseudonymised plan shows. The engine's results refer to the real case's ids (members,
 * carers, scenarios, lines), while the case-file pseudonymiser renumbers every id. So the plan keeps
 * the real structure and ids and takes only the display fields — names, labels, birth dates, BSN and
 * the scrubbed free texts — from the pseudonymised copy, matched by position (the pseudonymiser keeps
 * the order of every list).
 */
import type { CaseFile } from '#shared/domain/types'

export function overlayPseudonyms(real: CaseFile, pseudo: CaseFile): CaseFile {
  const ph = pseudo.household
  return {
    ...real,
    household: {
      ...real.household,
      label: ph.label,
      members: real.household.members.map((m, i) => {
        const p = ph.members[i]
        return {
          ...m,
          name: p?.name ?? '—',
          birthDate: p?.birthDate ?? `${m.birthDate.slice(0, 4)}-07-01`,
          bsn: null,
        }
      }),
      carers: real.household.carers.map((c, i) => {
        const p = ph.carers[i]
        return {
          ...c,
          name: p?.name ?? '—',
          ...(c.birthDate != null ? { birthDate: p?.birthDate ?? null } : {}),
        }
      }),
    },
    scenarios: real.scenarios.map((s, si) => {
      const ps = pseudo.scenarios[si]
      return {
        ...s,
        name: ps?.name ?? `${si + 1}`,
        ...(s.description != null ? { description: ps?.description ?? null } : {}),
        lines: s.lines.map((l, li) => {
          const pl = ps?.lines[li]
          return {
            ...l,
            ...(l.provider != null ? { provider: pl?.provider ?? null } : {}),
            ...(l.note != null ? { note: pl?.note ?? null } : {}),
          }
        }),
        ...(s.deviations
          ? {
              deviations: s.deviations.map((d, di) => ({
                ...d,
                reason: ps?.deviations?.[di]?.reason ?? '—',
              })),
            }
          : {}),
        ...(s.chosen ? { chosen: { ...s.chosen, reasoning: ps?.chosen?.reasoning ?? '—' } } : {}),
      }
    }),
    origin: pseudo.origin ?? null,
  }
}
