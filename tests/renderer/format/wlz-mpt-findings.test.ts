/**
 * The new Wlz findings of the Besluit langdurige zorg texts of 2017–2026 read as sentences a consultant
 * can use: the mpt of twenty hours or less (art. 3.3.2.2 lid 5–6), the mpt/pgb reductions (art. 3.3.2.4
 * lid 1 and 3.3.2.2 lid 4) and the low-income waiver (art. 3.3.2.2 lid 9) — every placeholder filled,
 * amounts as euros, in Dutch and English.
 */
import { describe, expect, it } from 'vitest'
import { evaluateScenario, type Finding } from '#shared'
import { formatFindingParams } from '../../../renderer/src/format/finding-params'
import { household, line, person, scenario } from '../../shared/support/build'
import { makeTranslate } from '../reports/i18n-helper'

const client = (net: number) =>
  person({
    id: 'p1',
    birthDate: '1950-05-14',
    income: { kind: 'aow', netMonthlyCents: net },
    wlzIndication: { from: '2025-01-01' },
  })
const mpt = (hours: number, deliveryForm: 'zin' | 'pgb' = 'zin') =>
  line({
    provisionId: 'wlz.mpt',
    personId: 'p1',
    deliveryForm,
    volume: hours,
    frequency: 'month',
    rateCents: 60_00,
  })

function wlzFindings(net: number, lines: ReturnType<typeof line>[]): Finding[] {
  const r = evaluateScenario({ household: household([client(net)]), scenario: scenario(lines) })
  return r.findings.filter((f) => f.ruleId === 'wlz.eigen-bijdrage')
}

async function texts(f: Finding): Promise<[string, string]> {
  const params = formatFindingParams(f.params)
  // The euro formatter writes a no-break space after the sign; compare with plain spaces.
  const plain = (t: string) => t.replace(/\u00a0/g, ' ')
  return [
    plain((await makeTranslate('nl'))(f.messageKey, params)),
    plain((await makeTranslate('en'))(f.messageKey, params)),
  ]
}

describe('Wlz mpt and low-income findings as text', () => {
  it('says an mpt of 18 hours owes the minimum less the reduction, € 30,40', async () => {
    const f = wlzFindings(3_000_00, [mpt(18)]).find(
      (x) => x.messageKey === 'findings.wlz.eigen-bijdrage-mpt-low-hours',
    )
    if (!f) throw new Error('no low-hours finding')
    const [nl, en] = await texts(f)
    expect(nl).toContain('18 uur zorg in natura via een modulair pakket thuis')
    expect(nl).toContain('€ 30,40 per maand')
    expect(nl).toContain('art. 3.3.2.2 lid 5 en 6')
    expect(en).toContain('18 hours of care in kind')
    for (const t of [nl, en]) expect(t).not.toMatch(/\{\{|NaN|undefined/)
  })

  it('names both mpt/pgb reductions with their amounts', async () => {
    const f = wlzFindings(3_000_00, [mpt(40, 'pgb')]).find(
      (x) => x.messageKey === 'findings.wlz.eigen-bijdrage-mpt-pgb-reduction',
    )
    if (!f) throw new Error('no reduction finding')
    const [nl, en] = await texts(f)
    expect(nl).toContain('€ 7.727,60 per jaar lager')
    expect(nl).toContain('verlaagd met € 182,20 per maand')
    for (const t of [nl, en]) expect(t).not.toMatch(/\{\{|NaN|undefined/)
  })

  it('explains the low-income waiver with the income and the limit', async () => {
    const stay = line({ provisionId: 'wlz.verblijf', personId: 'p1', unit: 'etmaal', volume: 7 })
    const f = wlzFindings(700_00, [stay])[0]
    expect(f?.messageKey).toBe('findings.wlz.eigen-bijdrage-lage-waived-low-income')
    if (!f) throw new Error('no finding')
    const [nl, en] = await texts(f)
    expect(nl).toContain('(€ 700,00 per maand)')
    expect(nl).toContain('(€ 703,36;')
    expect(en).toContain('norm for someone in an institution plus the minimum contribution')
    for (const t of [nl, en]) expect(t).not.toMatch(/\{\{|NaN|undefined/)
  })
})
