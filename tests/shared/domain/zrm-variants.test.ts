import { describe, expect, it } from 'vitest'
import { zrmVariantFor } from '#shared/domain/zrm-variants'

describe('zrmVariantFor', () => {
  it('offers the ZRM-Jongeren from the 12th birthday to the day before the 18th', () => {
    expect(zrmVariantFor('2014-03-01', '2026-02-28')).toBe('none')
    expect(zrmVariantFor('2014-03-01', '2026-03-01')).toBe('jongeren')
    expect(zrmVariantFor('2008-03-01', '2026-02-28')).toBe('jongeren')
    expect(zrmVariantFor('2008-03-01', '2026-03-01')).toBe('volwassenen')
  })
})
