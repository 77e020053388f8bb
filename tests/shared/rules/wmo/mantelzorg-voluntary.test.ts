import { describe, expect, it } from 'vitest'
import { carer, household, line, person, scenario } from '../../support/build'
import { findingsOf, run } from '../../support/engine'

describe('wmo.mantelzorg-voluntary', () => {
  const p = person({ id: 'p', birthDate: '1942-05-14' })
  it.each([
    ['a carer with consent', true, 'c', false],
    ['a carer without consent', false, 'c', true],
    ['no carer named', true, null, true],
  ] as const)('%s: blocked=%s', (_label, consent, carerId, blocked) => {
    const r = run(
      household([p], [carer({ id: 'c', caresFor: ['p'], consent })]),
      scenario([
        line({
          provisionId: 'informal.mantelzorg',
          personId: 'p',
          deliveryForm: 'mantelzorg',
          volume: 8,
          carerId,
        }),
      ]),
    )
    expect(findingsOf(r, 'wmo.mantelzorg-voluntary').length > 0).toBe(blocked)
    expect(r.lines[0]?.eligible).toBe(!blocked)
    expect(r.totalByPayer.informal > 0).toBe(!blocked)
  })
})
