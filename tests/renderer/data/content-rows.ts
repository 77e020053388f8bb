import type { CaseContentRow, MaatwerkDb } from '../../../renderer/src/data/db'

// Tests that change stored case content behind the app's back (v6: one content row per household).

/** Changes a household's stored content row in place (as an edit outside Maatwerk would). */
export async function modifyContent(
  db: MaatwerkDb,
  householdId: string,
  change: (content: CaseContentRow) => void,
): Promise<void> {
  const changed = await db.caseContents.where(':id').equals(householdId).modify(change)
  if (changed !== 1) throw new Error(`no content row for ${householdId}`)
}

/** A household's stored content row (throws when there is none). */
export async function contentOf(db: MaatwerkDb, householdId: string): Promise<CaseContentRow> {
  const content = await db.caseContents.get(householdId)
  if (!content) throw new Error(`no content row for ${householdId}`)
  return content
}
