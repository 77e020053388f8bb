import { describe, expect, it } from 'vitest'
import { EXAMPLE_CASES } from '#shared'
import { defaultCarer, defaultRecipient } from '../../../renderer/src/views/case/arrangement/line-draft'

const yilmaz = EXAMPLE_CASES.find((c) => c.household.label === 'Gezin Yilmaz')!.household

describe('defaultRecipient', () => {
  it('puts a Jeugdwet provision on a child, not on the first member (the mother)', () => {
    const person = defaultRecipient(
      { law: 'jeugdwet', domains: ['justitie', 'tijdsbesteding'] },
      yilmaz.members,
      '2026-01-01',
    )
    expect(person?.name).toBe('Deniz')
  })

  it('puts a Wmo provision on an adult', () => {
    const person = defaultRecipient({ law: 'wmo', domains: ['tijdsbesteding'] }, yilmaz.members, '2026-01-01')
    expect(person?.role).toBe('client')
  })

  it('picks the carer who cares for the recipient', () => {
    const carers = [
      { id: 'a', caresFor: ['x'] },
      { id: 'b', caresFor: ['y'] },
    ]
    expect(defaultCarer(carers, 'y')?.id).toBe('b')
  })
})
