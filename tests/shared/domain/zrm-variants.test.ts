import { describe, expect, it } from 'vitest'
import { zrmDomainsFor, zrmVariantFor } from '../../../shared/domain/zrm-variants'
import { ZRM_DOMAINS } from '../../../shared/domain/types'

describe('zrmVariantFor', () => {
  it('offers the ZRM-Jongeren from the 12th birthday to the day before the 18th', () => {
    expect(zrmVariantFor('2014-03-01', '2026-02-28')).toBe('none')
    expect(zrmVariantFor('2014-03-01', '2026-03-01')).toBe('jongeren')
    expect(zrmVariantFor('2008-03-01', '2026-02-28')).toBe('jongeren')
    expect(zrmVariantFor('2008-03-01', '2026-03-01')).toBe('volwassenen')
  })

  it('scores the same thirteen domains in the youth variant as in the adult ZRM (NJI ZRM-J)', () => {
    expect(zrmDomainsFor('jongeren')).toEqual(ZRM_DOMAINS)
    expect(zrmDomainsFor('none')).toEqual([])
  })
})
