/**
 * A closed case for the retention tests: an example household imported into a test data layer and
 * given a closing date, so its retention term runs from that day.
 */
import type { CaseFile, IsoDateInput } from '#shared/domain/types'
import type { DataLayer } from '../../../renderer/src/data/api'

/** Imports `file` and closes it on `closedOn`; returns the household id. */
export async function importClosedCase(
  layer: DataLayer,
  file: CaseFile,
  closedOn: IsoDateInput,
): Promise<string> {
  const id = await layer.cases.importCaseFile(file)
  const stored = await layer.cases.loadCase(id)
  if (!stored) throw new Error('imported case expected')
  await layer.cases.updateHousehold({
    id,
    label: stored.household.label,
    municipalityCode: null,
    dates: { ...stored.household.dates, afgesloten: closedOn },
  })
  return id
}
