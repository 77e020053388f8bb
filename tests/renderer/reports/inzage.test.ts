/**
 * The resident's access export (inzage, GDPR art. 15) shows every stored personal figure: the box-3
 * assets added for the Wlz eigen bijdrage among them, and a dash when they were not recorded.
 */
import { describe, expect, it } from 'vitest'
import { EXAMPLE_VAN_DEN_BERG } from '#shared'
import type { CaseFile } from '#shared/domain/types'
import { buildResidentAccessPdf } from '../../../renderer/src/reports/inzage'
import { makeTranslate } from './i18n-helper'
import { normaliseSpace, pdfToText } from './pdf-text'

async function inzageText(file: CaseFile): Promise<string> {
  const bytes = buildResidentAccessPdf({
    caseFile: file,
    audit: [],
    generatedAt: '2026-02-01T09:00:00.000Z',
    t: await makeTranslate('nl'),
    provisionLabel: (id) => id,
  })
  return normaliseSpace(await pdfToText(bytes))
}

describe('buildResidentAccessPdf', () => {
  it('lists a member’s recorded box-3 assets, and a dash for a member without', async () => {
    const [first, ...rest] = EXAMPLE_VAN_DEN_BERG.household.members
    if (!first) throw new Error('example member missing')
    const file: CaseFile = {
      ...EXAMPLE_VAN_DEN_BERG,
      household: {
        ...EXAMPLE_VAN_DEN_BERG.household,
        members: [{ ...first, assetsCents: 157_000_00 }, ...rest],
      },
    }
    expect(await inzageText(file)).toContain('Vermogen box 3 € 157.000,00')
    expect(await inzageText(EXAMPLE_VAN_DEN_BERG)).toContain('Vermogen box 3 —')
  })
})
