/**
 * Issue 15 (one figure everywhere): a pseudonymised plan is computed on birth years (1 July), so where
 * a birthday moves a transition its amounts differ from the screen's. The plan then says so, instead of
 * claiming its amounts are unchanged; where nothing moves, it keeps saying they are unchanged.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_VAN_DEN_BERG } from '#shared'
import type { CaseFile } from '#shared/domain/types'
import { createFakeDesktop } from '../../../renderer/src/platform'
import { CaseStore } from '../../../renderer/src/stores/case-store'
import { ReportStore } from '../../../renderer/src/stores/report-store'
import type { DataLayer } from '../../../renderer/src/data'
import { normaliseSpace, pdfToText } from '../reports/pdf-text'
import { appI18n, openTestWorkspace, until } from './workspace-fixtures'
import { youngCarerHelpAtHome } from '../../e2e/fixtures/young-carer'

let data: DataLayer | null = null
afterEach(() => {
  data?.close()
  data = null
})

async function planText(file: CaseFile, pseudonymise: boolean): Promise<string> {
  const ws = await openTestWorkspace()
  data = ws.data
  const id = await ws.data.cases.importCaseFile(file)
  const openCase = new CaseStore(ws.data, ws.ui, ws.engine)
  openCase.open(id)
  await until(() => openCase.status === 'ready')
  const reports = new ReportStore({
    data: ws.data,
    engine: ws.engine,
    openCase,
    ui: ws.ui,
    desktop: createFakeDesktop(),
    translate: appI18n.fixedTranslate,
    now: () => '2026-02-01T09:00:00.000Z',
  })
  reports.setPseudonymise(pseudonymise)
  const bytes = await reports.makePlanPdf()
  openCase.close()
  return normaliseSpace(await pdfToText(bytes!))
}

function perMonth(text: string): string {
  return /Gemeente netto gemiddeld per maand (€ [\d.]+,\d{2}) =/.exec(text)?.[1] ?? ''
}

describe('the pseudonymised plan’s amounts', { timeout: 60_000 }, () => {
  it('says they differ from the screen when a birthday moves a transition (a son turning 18)', async () => {
    // Household help of 3 hours a week and no hours of Daan's: from his 18th birthday 2 hours a week
    // are his as gebruikelijke hulp — from July 2028 on birth years, from October on his birth date.
    const file = youngCarerHelpAtHome()
    const named = await planText(file, false)
    const pseudonymised = await planText(file, true)
    expect(perMonth(pseudonymised)).not.toBe(perMonth(named))
    expect(pseudonymised).toContain('kunnen afwijken van het scherm, waar met de precieze geboortedatum')
    expect(pseudonymised).not.toContain('Bedragen zijn ongewijzigd.')
  })

  it('keeps saying they are unchanged when they are', async () => {
    const named = await planText(EXAMPLE_VAN_DEN_BERG, false)
    const pseudonymised = await planText(EXAMPLE_VAN_DEN_BERG, true)
    expect(perMonth(pseudonymised)).toBe(perMonth(named))
    expect(pseudonymised).toContain('Bedragen zijn ongewijzigd.')
  })
})

describe('the pseudonymised plan’s notice gives nothing away', { timeout: 60_000 }, () => {
  it('says the amounts may differ for a son born in July too, whose amounts happen to equal the screen’s', async () => {
    // Born on 1 July: the birth years give exactly the screen's amounts. "Unchanged" would tell the
    // reader that the birthday falls in July; the notice depends on the birth year only.
    const file = youngCarerHelpAtHome()
    file.household.members[1]!.birthDate = '2010-07-01'
    const named = await planText(file, false)
    const pseudonymised = await planText(file, true)
    expect(perMonth(pseudonymised)).toBe(perMonth(named))
    expect(pseudonymised).toContain('kunnen afwijken van het scherm')
    expect(pseudonymised).not.toContain('Bedragen zijn ongewijzigd.')
  })
})
