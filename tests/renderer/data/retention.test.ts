import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_VAN_DEN_BERG, EXAMPLE_YILMAZ } from '#shared/examples'
import type { CaseFile } from '#shared/domain/types'
import { DataError, type DataLayer } from '../../../renderer/src/data/api'
import { digestId } from '../../../renderer/src/data/audit'
import { DATA_ERROR_MESSAGES } from '../../../renderer/src/data/errors'
import { importClosedCase } from './closed-case'
import { createHarness } from './harness'

let data: DataLayer | undefined
afterEach(() => data?.close())

function personalStrings(file: CaseFile): string[] {
  return [
    file.household.label,
    ...file.household.members.flatMap((p) => [p.name, ...(p.bsn ? [p.bsn] : [])]),
    ...file.household.carers.map((c) => c.name),
  ]
}

/** Van den Berg: a Wmo case with a beschikking (2025-12-15), closed on 2025-12-20 → 15 years. */
function closedWmoCase(layer: DataLayer): Promise<string> {
  return importClosedCase(layer, EXAMPLE_VAN_DEN_BERG, '2025-12-20')
}

describe('erasure after the retention period (issue 12 item 9)', () => {
  it('lists only closed cases', async () => {
    data = await createHarness().open()
    const closed = await closedWmoCase(data)
    await data.cases.importCaseFile(EXAMPLE_YILMAZ)
    const listed = await data.cases.listClosedCases()
    expect(listed.map((c) => c.household.id)).toEqual([closed])
  })

  it('refuses to erase a case on the last day of its term, and writes nothing', async () => {
    data = await createHarness().open()
    const id = await closedWmoCase(data)
    const entries = (await data.audit.list()).length
    const refused = await data.cases.eraseAfterRetention(id, '2040-12-19').catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(DataError)
    expect((refused as DataError).message).toBe(DATA_ERROR_MESSAGES.notPastRetention)
    expect(await data.cases.loadCase(id)).not.toBeNull()
    expect(await data.audit.list()).toHaveLength(entries)
  })

  it('refuses a case reopened in another window after the list was shown (closing date removed)', async () => {
    data = await createHarness().open()
    const id = await closedWmoCase(data)
    const stored = await data.cases.loadCase(id)
    await data.cases.updateHousehold({
      id,
      label: stored!.household.label,
      municipalityCode: null,
      dates: { ...stored!.household.dates, afgesloten: null },
    })
    await expect(data.cases.eraseAfterRetention(id, '2045-01-01')).rejects.toThrow(
      DATA_ERROR_MESSAGES.notPastRetention,
    )
    expect(await data.cases.loadCase(id)).not.toBeNull()
  })

  it('erases a case from the day its term has passed, leaving one tombstone without names, BSNs or the raw id', async () => {
    data = await createHarness().open()
    const id = await closedWmoCase(data)
    await data.cases.eraseAfterRetention(id, '2040-12-20')
    expect(await data.cases.loadCase(id)).toBeNull()
    const dump = await data.dumpDatabase()
    for (const table of ['households', 'members', 'carers', 'assessments', 'scenarios', 'lines'])
      expect(dump.tables[table] ?? []).toEqual([])
    const text = JSON.stringify(dump.tables)
    for (const s of personalStrings(EXAMPLE_VAN_DEN_BERG)) expect(text).not.toContain(s)
    expect(JSON.stringify(dump.tables['audit'])).not.toContain(id)
    const tombstones = (await data.audit.list()).filter((e) => e.action === 'household.erase-retention')
    expect(tombstones).toHaveLength(1)
    expect(tombstones[0]).toMatchObject({
      action: 'household.erase-retention',
      objectType: 'retention:wmo:15',
      objectId: digestId('household', id),
      householdId: null,
    })
    expect((await data.audit.verifyChain()).ok).toBe(true)
  })
})
