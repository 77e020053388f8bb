import type { CaseFile } from '../../../shared/domain/types'

/**
 * Stand-in until the case-file module exports `pseudonymiseCaseFile` (DESIGN.md §6): names replaced,
 * BSN dropped, birth dates coarsened to 1 January of their year; amounts and ids stay.
 */
export function pseudonymiseCaseFileFallback(file: CaseFile): CaseFile {
  const household = file.household
  return {
    ...file,
    household: {
      ...household,
      label: `Huishouden ${household.id.slice(0, 8)}`,
      members: household.members.map((m, i) => ({
        ...m,
        name: `Persoon ${i + 1}`,
        bsn: null,
        birthDate: `${m.birthDate.slice(0, 4)}-01-01`,
      })),
      carers: household.carers.map((c, i) => ({
        ...c,
        name: `Naaste ${i + 1}`,
        ...(c.birthDate ? { birthDate: `${c.birthDate.slice(0, 4)}-01-01` } : {}),
      })),
    },
    origin: { ...(file.origin ?? {}), pseudonymised: true },
  }
}
