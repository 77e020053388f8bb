import { describe, expect, it } from 'vitest'
import { PROVISIONS, getProvision, ZRM_DOMAINS } from '#shared'
import { en, nl } from '../../../renderer/src/i18n/messages/findings'

/** The provision ids the case-file format documents (docs/architecture.md#case-file). */
const DOCUMENTED_IDS = [
  'wmo.hulp-bij-het-huishouden',
  'wmo.begeleiding-individueel',
  'wmo.dagbesteding',
  'wmo.vervoer-dagbesteding',
  'wmo.kortdurend-verblijf',
  'wmo.woningaanpassing',
  'wmo.rolstoel',
  'wmo.beschermd-wonen',
  'wmo.opvang',
  'jeugd.ambulant',
  'jeugd.verblijf',
  'jeugd.jeugdreclassering',
  'jeugd.respijt',
  'pw.jobcoach',
  'pw.loonkostensubsidie',
  'zvw.wijkverpleging',
  'wlz.verblijf',
  'informal.mantelzorg',
  'informal.vrijwilliger',
  'algemeen.dagactiviteit',
  'algemeen.schuldhulp',
]

/** Looks up a dotted i18n key in a nested catalogue, as i18next does. */
function lookup(catalogue: unknown, key: string): unknown {
  let node: unknown = catalogue
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return node
}

describe('provision catalogue', () => {
  it.each(DOCUMENTED_IDS)('has %s', (id) => {
    expect(getProvision(id)?.id).toBe(id)
  })

  it('has unique ids, known domains and at least one delivery form', () => {
    expect(new Set(PROVISIONS.map((p) => p.id)).size).toBe(PROVISIONS.length)
    for (const p of PROVISIONS) {
      expect(p.deliveryForms.length).toBeGreaterThan(0)
      for (const d of p.domains) expect(ZRM_DOMAINS).toContain(d)
    }
  })

  it('flags respite, one-off and eigen bijdrage as the law has it', () => {
    expect(getProvision('wmo.kortdurend-verblijf')?.respite).toBe(true)
    expect(getProvision('jeugd.respijt')?.respite).toBe(true)
    expect(getProvision('wmo.woningaanpassing')).toMatchObject({
      oneOff: true,
      eigenBijdrage: true,
      unit: 'euro',
    })
    expect(getProvision('zvw.wijkverpleging')?.eigenBijdrage).toBe(false)
    expect(getProvision('jeugd.ambulant')).toMatchObject({
      law: 'jeugdwet',
      categoryCode: '45',
      payer: 'gemeente-jeugd',
    })
    expect(getProvision('wmo.hulp-bij-het-huishouden')?.categoryCode).toBe('01')
  })

  it.each(PROVISIONS.map((p) => p.labelKey))('has a Dutch and English label for %s', (key) => {
    expect(typeof lookup(nl, key)).toBe('string')
    expect(typeof lookup(en, key)).toBe('string')
  })
})

describe('finding texts', () => {
  it('has a text in both languages for every finding the six examples produce', async () => {
    const { EXAMPLE_CASES, evaluateScenario } = await import('#shared')
    const keys = new Set<string>()
    for (const c of EXAMPLE_CASES)
      for (const s of c.scenarios)
        for (const f of evaluateScenario({ household: c.household, scenario: s }).findings)
          keys.add(f.messageKey)
    for (const key of keys) {
      expect(typeof lookup(nl, key), key).toBe('string')
      expect(typeof lookup(en, key), key).toBe('string')
    }
  })
})
