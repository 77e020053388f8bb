import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_MUNICIPALITY } from '#shared/municipality'
import { DataError, type DatabaseDump, type DataLayer } from '../../../renderer/src/data/api'
import type { Person } from '#shared/domain/types'
import { createHarness } from './harness'

const layers: DataLayer[] = []
afterEach(() => {
  for (const layer of layers.splice(0)) layer.close()
})

async function open(harness = createHarness()): Promise<DataLayer> {
  const layer = await harness.open()
  layers.push(layer)
  return layer
}

const zoe: Person = {
  id: 'p1',
  name: 'Zoë Çelik-Øster 👩‍⚕️',
  birthDate: '1984-07-09',
  role: 'client',
  bsn: '999993847',
  income: { kind: 'work', netMonthlyCents: 210000 },
}

async function populated(): Promise<DataLayer> {
  const data = await open()
  await data.seedExamples()
  const id = await data.cases.createHousehold('Gezin Öztürk – ‘t Hof')
  await data.cases.saveMember(id, zoe)
  await data.municipalities.saveProfile({
    ...DEFAULT_MUNICIPALITY,
    code: 'GM0363',
    name: 'Gemeente Ĳsselstein (test)',
  })
  await data.municipalities.setActiveProfile('GM0363')
  return data
}

/** A backup goes through JSON (and encryption) on its way to disk. */
function throughJson(dump: DatabaseDump): DatabaseDump {
  return JSON.parse(JSON.stringify(dump)) as DatabaseDump
}

describe('dump and restore', () => {
  it('round-trips every table into another database, non-ASCII text included', async () => {
    const source = await populated()
    const dump = await source.dumpDatabase()
    expect(dump).toMatchObject({ format: 'maatwerk.database', formatVersion: 1, dataFormatVersion: 1 })

    const target = await open()
    await target.cases.createHousehold('Wordt vervangen')
    await target.restoreDatabase(throughJson(dump))
    const restored = await target.dumpDatabase()

    // Everything equal except the audit log and its head, which gain the restore entry.
    const withoutAuditHead = (rows: unknown[] | undefined) =>
      rows?.filter((row) => (row as { key: string }).key !== 'auditHead')
    const { audit: restoredAudit, meta: restoredMeta, ...restoredTables } = restored.tables
    const { audit: originalAudit, meta: originalMeta, ...originalTables } = dump.tables
    expect(restoredTables).toEqual(originalTables)
    expect(withoutAuditHead(restoredMeta)).toEqual(withoutAuditHead(originalMeta))
    // The restore itself is logged, chained onto the restored log.
    expect(restoredAudit?.slice(0, -1)).toEqual(originalAudit)
    expect(restoredAudit?.at(-1)).toMatchObject({ action: 'database.restore' })
    expect(await target.audit.verifyChain()).toEqual({ ok: true, brokenAtSeq: null })

    const summaries = await target.cases.loadAllCases()
    expect(
      summaries.find((c) => c.household.label === 'Gezin Öztürk – ‘t Hof')?.household.members[0]?.name,
    ).toBe('Zoë Çelik-Øster 👩‍⚕️')
    expect((await target.municipalities.getActiveProfile()).name).toBe('Gemeente Ĳsselstein (test)')
  })

  it('refuses a dump from a newer data format and changes nothing', async () => {
    const source = await populated()
    const dump = { ...(await source.dumpDatabase()), dataFormatVersion: 99 }
    const target = await open()
    const id = await target.cases.createHousehold('Blijft')
    const error = await target.restoreDatabase(dump).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(DataError)
    expect((error as DataError).kind).toBe('read-only')
    expect((await target.cases.loadAllCases()).map((c) => c.household.id)).toEqual([id])
  })

  it('refuses a malformed dump, listing the bad rows, and changes nothing', async () => {
    const source = await populated()
    const dump = throughJson(await source.dumpDatabase())
    const members = dump.tables['members'] as { value: { birthDate: string } }[]
    const firstMember = members[0]
    if (!firstMember) throw new Error('fixture has members')
    firstMember.value.birthDate = '1984-13-40'
    dump.tables['strangers'] = []
    const target = await open()
    const id = await target.cases.createHousehold('Blijft')
    const error = (await target.restoreDatabase(dump).catch((caught: unknown) => caught)) as DataError
    expect(error.kind).toBe('validation')
    expect(error.issues.map((issue) => issue.path)).toEqual([
      'tables.strangers',
      'tables.members[0].birthDate',
    ])
    expect((await target.cases.loadAllCases()).map((c) => c.household.id)).toEqual([id])

    const notADump = await target
      .restoreDatabase({ format: 'other' } as unknown as DatabaseDump)
      .catch((caught: unknown) => caught)
    expect((notADump as DataError).kind).toBe('validation')
  })

  it('restoring clears a data-missing state on the next start', async () => {
    const source = await populated()
    const dump = await source.dumpDatabase()
    const harness = createHarness()
    harness.sentinel.write({
      installId: 'old',
      createdAt: 'x',
      householdCount: 7,
      lastSeenAt: '2026-11-27T17:00:00.000Z',
    })
    const target = await open(harness)
    expect(target.startup.kind).toBe('data-missing')
    await target.restoreDatabase(dump)
    target.close()
    const reopened = await open(harness)
    expect(reopened.startup.kind).toBe('ok')
    expect(harness.sentinel.current()?.householdCount).toBe(7)
  })
})
