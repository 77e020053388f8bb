import { describe, expect, it } from 'vitest'
import { PROVISIONS, RULES, getProvision, ZRM_DOMAINS } from '../../../shared'
import { en, nl } from '../../../renderer/src/i18n/messages/findings'

const DESIGN_IDS = [
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
  it.each(DESIGN_IDS)('has %s (DESIGN.md §6)', (id) => {
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

describe('rules metadata', () => {
  it('lists the 23 rules of DESIGN.md §5 with unique ids', () => {
    const ids = RULES.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of [
      'wmo.client-age',
      'wmo.wlz-voorliggend',
      'wmo.zvw-voorliggend',
      'wmo.gebruikelijke-hulp',
      'wmo.eigen-bijdrage',
      'wmo.pgb-tariff-cap',
      'wmo.mantelzorg-voluntary',
      'wmo.algemene-voorziening-first',
      'wmo.procedure-deadlines',
      'jeugdwet.age',
      'jeugdwet.wlz-voorliggend',
      'jeugdwet.turns-18-transition',
      'jeugdwet.no-parental-contribution',
      'jeugdwet.respite-for-parents',
      'participatiewet.age',
      'participatiewet.bijstand-norm',
      'participatiewet.inkomstenvrijlating',
      'participatiewet.aow-transition',
      'wlz.indication-likely',
      'mantelzorg.intensive',
      'mantelzorg.overload',
      'mantelzorg.respite-recommended',
      'coverage.unmet-need',
    ]) {
      expect(ids).toContain(id)
    }
  })

  it.each(RULES.map((r) => [r.id, r] as const))(
    '%s cites its article and has texts in both languages',
    (_id, rule) => {
      expect(rule.legalBasis.article.length).toBeGreaterThan(0)
      if (rule.legalBasis.url) expect(rule.legalBasis.url).toMatch(/^https:\/\/wetten\.overheid\.nl\//)
      expect(typeof lookup(nl, rule.messageKey)).toBe('string')
      expect(typeof lookup(en, rule.messageKey)).toBe('string')
      expect(typeof lookup(nl, `rule.${rule.id}`)).toBe('string')
    },
  )

  it('keeps the English catalogue in the shape of the Dutch one', () => {
    const shape = (o: unknown): unknown =>
      typeof o === 'object' && o !== null
        ? Object.fromEntries(Object.entries(o).map(([k, v]) => [k, shape(v)]))
        : typeof o
    expect(shape(en)).toEqual(shape(nl))
  })
})

describe('finding texts', () => {
  it('has a text in both languages for every finding the six examples produce', async () => {
    const { EXAMPLE_CASES, evaluateScenario } = await import('../../../shared')
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
