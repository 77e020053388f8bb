// The cost-of-doing-nothing selection as case data (issue 16): stored, validated and audited with the
// household, and carried through case files, backups (dump → encrypted file → restore) and erasure.
import { afterEach, describe, expect, it } from 'vitest'
import { DataError, type DataLayer } from '../../../renderer/src/data/api'
import {
  decryptBackup,
  deriveBackupKey,
  encryptBackup,
  MIN_ITERATIONS,
} from '../../../renderer/src/backup/backup-file'
import { parseCaseFile, pseudonymiseCaseFile, serializeCaseFile } from '#shared/case-file'
import type { DoNothingSelection } from '#shared/domain/types'
import { EXAMPLE_VAN_DEN_BERG } from '#shared/examples'
import { createHarness } from './harness'

const VDB = EXAMPLE_VAN_DEN_BERG.household.id

const layers: DataLayer[] = []
afterEach(() => {
  for (const layer of layers.splice(0)) layer.close()
})

async function open(): Promise<DataLayer> {
  const layer = await createHarness().open()
  layers.push(layer)
  await layer.seedExamples()
  return layer
}

/** A selection as the decision screen leaves it: one finished risk, one still without its source. */
const SELECTION: DoNothingSelection = {
  startDate: '2026-01-01',
  horizonMonths: 36,
  updatedOn: '2026-01-15',
  risks: [
    {
      kind: 'carer-dropout',
      likelihood: 0.25,
      likelihoodSource: 'Anja (Mantelzorgtest 10/15), casusoverleg',
      annualCostCents: null,
      costSource: null,
      onsetMonths: 6,
      carerId: 'c-anja',
    },
    {
      kind: 'homelessness',
      likelihood: 0,
      likelihoodSource: '',
      annualCostCents: 2_500_000,
      costSource: 'Opvang regio, 2025',
      onsetMonths: 0,
    },
  ],
}

describe('saveDoNothing', () => {
  it('stores the selection with the household, audited, and raises the household version', async () => {
    const data = await open()
    const before = (await data.cases.loadCase(VDB))!.version ?? 0
    await data.cases.saveDoNothing(VDB, SELECTION)
    const stored = (await data.cases.loadCase(VDB))!
    expect(stored.doNothing).toEqual(SELECTION)
    expect(stored.version).toBe(before + 1)
    const audit = await data.audit.list({ householdId: VDB })
    expect(audit[0]).toMatchObject({ action: 'doNothing.save', objectType: 'doNothing', objectId: VDB })
  })

  it('refuses a likelihood above 1 and a carer the household does not have, writing nothing', async () => {
    const data = await open()
    const tooLikely = { ...SELECTION, risks: [{ ...SELECTION.risks[0]!, likelihood: 1.01 }] }
    await expect(data.cases.saveDoNothing(VDB, tooLikely)).rejects.toMatchObject({ kind: 'validation' })
    const strangeCarer = { ...SELECTION, risks: [{ ...SELECTION.risks[0]!, carerId: 'c-nobody' }] }
    const refusal = await data.cases.saveDoNothing(VDB, strangeCarer).catch((error: unknown) => error)
    expect(refusal).toBeInstanceOf(DataError)
    expect((refusal as DataError).issues).toEqual([
      expect.objectContaining({ path: 'risks[0].carerId', code: 'unknownCarer' }),
    ])
    expect((await data.cases.loadCase(VDB))!.doNothing).toBeNull()
  })

  it('refuses a write based on a version another window has changed since', async () => {
    const data = await open()
    const version = (await data.cases.loadCase(VDB))!.version ?? 0
    await data.cases.updateHousehold({ id: VDB, label: 'Elders gewijzigd' })
    await expect(
      data.cases.saveDoNothing(VDB, SELECTION, { expectedVersion: version }),
    ).rejects.toMatchObject({ kind: 'conflict' })
  })

  it('removes the selection with null, and leaves no row behind when the household is erased', async () => {
    const data = await open()
    await data.cases.saveDoNothing(VDB, SELECTION)
    await data.cases.saveDoNothing(VDB, null)
    expect((await data.cases.loadCase(VDB))!.doNothing).toBeNull()
    await data.cases.saveDoNothing(VDB, SELECTION)
    await data.cases.deleteHousehold(VDB)
    const dump = await data.dumpDatabase()
    expect(dump.tables['doNothing']).toEqual([])
  })

  it('forgets a deleted carer in the risk that named them instead of blocking the deletion', async () => {
    const data = await open()
    await data.cases.saveDoNothing(VDB, SELECTION)
    // Anja has arrangement lines in the example; a carer without lines can be deleted.
    await data.cases.saveCarer(VDB, {
      ...EXAMPLE_VAN_DEN_BERG.household.carers[0]!,
      id: 'c-extra',
      name: 'Extra',
    })
    await data.cases.saveDoNothing(VDB, {
      ...SELECTION,
      risks: [{ ...SELECTION.risks[0]!, carerId: 'c-extra' }],
    })
    await data.cases.deleteCarer(VDB, 'c-extra')
    expect((await data.cases.loadCase(VDB))!.doNothing!.risks[0]!.carerId).toBeNull()
  })
})

describe('the selection travels with the case', () => {
  it('round-trips through a case file: export, text, import as a new household', async () => {
    const data = await open()
    await data.cases.saveDoNothing(VDB, SELECTION)
    const text = serializeCaseFile(await data.cases.exportCaseFile(VDB))
    const parsed = parseCaseFile(text)
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
    expect(parsed.value.doNothing).toEqual(SELECTION)
    const copyId = await data.cases.importCaseFile(parsed.value, { asCopy: true })
    expect((await data.cases.loadCase(copyId))!.doNothing).toEqual(SELECTION)
  })

  it('a case file whose risk names an unknown carer is refused with the path', () => {
    const file = {
      ...EXAMPLE_VAN_DEN_BERG,
      doNothing: { ...SELECTION, risks: [{ ...SELECTION.risks[0]!, carerId: 'c-x' }] },
    }
    const parsed = parseCaseFile(JSON.stringify(file))
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.errors.map((e) => e.path)).toContain('doNothing.risks[0].carerId')
  })

  it('a pseudonymised case file keeps the figures but scrubs names from the sources and renames the carer', () => {
    const file = pseudonymiseCaseFile(
      { ...EXAMPLE_VAN_DEN_BERG, doNothing: SELECTION },
      { householdLabel: 'Casus 1' },
    )
    const risk = file.doNothing!.risks[0]!
    expect(risk.likelihood).toBe(0.25)
    expect(risk.likelihoodSource).not.toContain('Anja')
    expect(risk.carerId).toBe(file.household.carers.find((c) => c.name === 'Mantelzorger 1')?.id ?? 'c1')
    expect(parseCaseFile(JSON.stringify(file)).ok).toBe(true)
  })

  it('round-trips through an encrypted backup into an empty database', async () => {
    const data = await open()
    await data.cases.saveDoNothing(VDB, SELECTION)
    const key = await deriveBackupKey('correct horse battery staple', undefined, MIN_ITERATIONS)
    const file = await encryptBackup(await data.dumpDatabase(), key, {
      createdAt: '2026-03-05T10:15:00.000Z',
    })
    const { dump } = await decryptBackup(file, key)
    const other = await createHarness().open()
    layers.push(other)
    await other.restoreDatabase(dump)
    expect((await other.cases.loadCase(VDB))!.doNothing).toEqual(SELECTION)
  })

  it('restores a dump from before the selection was stored (no doNothing table) with none', async () => {
    const data = await open()
    const dump = await data.dumpDatabase()
    const { doNothing: _dropped, ...olderTables } = dump.tables
    const other = await createHarness().open()
    layers.push(other)
    await other.restoreDatabase({ ...dump, tables: olderTables })
    expect((await other.cases.loadCase(VDB))!.doNothing).toBeNull()
  })

  it('refuses a dump whose selection row breaks the schema, restoring nothing', async () => {
    const data = await open()
    await data.cases.saveDoNothing(VDB, SELECTION)
    const dump = await data.dumpDatabase()
    const rows = dump.tables['doNothing'] as { value: DoNothingSelection }[]
    const broken = rows.map((row) => ({ ...row, value: { ...row.value, horizonMonths: 0 } }))
    const other = await createHarness().open()
    layers.push(other)
    await expect(
      other.restoreDatabase({ ...dump, tables: { ...dump.tables, doNothing: broken } }),
    ).rejects.toMatchObject({
      kind: 'validation',
    })
    expect(await other.cases.loadAllCases()).toEqual([])
  })
})
