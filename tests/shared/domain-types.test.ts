import { describe, expect, it } from 'vitest'
import { PAYERS, ZRM_DOMAINS } from '../../shared/domain/types'

describe('domain enumerations', () => {
  it('lists the thirteen ZRM domains of DESIGN.md §6', () => {
    expect(ZRM_DOMAINS).toHaveLength(13)
    expect(new Set(ZRM_DOMAINS).size).toBe(13)
  })
  it('lists every payer once', () => {
    expect(new Set(PAYERS).size).toBe(9)
    expect(PAYERS).toContain('svb')
  })
})
