// Issue 12 item 7: the audit log names the consultant (not 'local-user') and the device, and logs
// exports and opening a case without names or BSNs.
import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_VAN_DEN_BERG } from '#shared'
import { createMemorySentinel, openDataLayer, type DataLayer } from '../../../renderer/src/data'
import { IdentityStore, checkConsultant, readIdentity } from '../../../renderer/src/stores/identity-store'

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & { map: Map<string, string> } {
  const map = new Map<string, string>()
  return { map, getItem: (key) => map.get(key) ?? null, setItem: (key, value) => void map.set(key, value) }
}

let data: DataLayer | undefined
afterEach(() => data?.close())

describe('consultant and device identity', () => {
  it('creates one device id and keeps it', () => {
    const storage = memoryStorage()
    const first = readIdentity(storage)
    expect(first.consultant).toBeNull()
    expect(first.deviceId).toMatch(/^[0-9a-f-]{36}$/)
    expect(readIdentity(storage).deviceId).toBe(first.deviceId)
  })

  it.each(['a', 'x'.repeat(61), 'Jan\u200b', '\u202eJan', 'Jan\u0000', '=HYPERLINK("x")'])(
    'refuses %j as a name and changes nothing',
    (value) => {
      expect(checkConsultant(value)).not.toBeNull()
      const storage = memoryStorage()
      const store = new IdentityStore(() => undefined, storage)
      expect(store.setConsultant(value)).toBe(false)
      expect(store.consultant).toBeNull()
      expect(storage.map.has('maatwerk.consultant')).toBe(false)
    },
  )

  it('the following audit entries name the consultant and device; opening and exports are logged', async () => {
    data = await openDataLayer({
      auditKey: new Uint8Array(32).fill(7),
      name: `identity-${Date.now()}`,
      sentinel: createMemorySentinel(),
      actor: 'niet-opgegeven',
      device: 'device-1',
    })
    const layer = data
    const store = new IdentityStore((actor) => layer.setActor?.(actor), memoryStorage())
    expect(store.setConsultant('  K. de Jong (12345) '.replace(/[()]/g, ''))).toBe(true)
    const id = await layer.cases.importCaseFile(EXAMPLE_VAN_DEN_BERG)
    await layer.audit.record({ action: 'case.view', objectType: 'household', objectId: id, householdId: id })
    await layer.audit.record({
      action: 'report.plan-pdf',
      objectType: 'household',
      objectId: id,
      householdId: id,
    })
    const entries = await layer.audit.list()
    expect(entries.map((e) => [e.action, e.actor, e.device])).toEqual([
      ['report.plan-pdf', 'K. de Jong 12345', 'device-1'],
      ['case.view', 'K. de Jong 12345', 'device-1'],
      ['case.import', 'K. de Jong 12345', 'device-1'],
    ])
    const text = JSON.stringify(entries)
    for (const member of EXAMPLE_VAN_DEN_BERG.household.members) {
      expect(text).not.toContain(member.name)
      if (member.bsn) expect(text).not.toContain(member.bsn)
    }
    expect((await layer.audit.verifyChain()).ok).toBe(true)
  })
})
