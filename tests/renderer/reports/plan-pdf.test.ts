import { beforeAll, describe, expect, it } from 'vitest'
import { writeFileSync } from 'node:fs'
import { EXAMPLE_VAN_DEN_BERG, evaluateScenario } from '#shared'
import type { CaseFile, ScenarioResult } from '#shared/domain/types'
import { formatCents } from '../../../renderer/src/format/format'
import { formatFindingParams } from '../../../renderer/src/format/finding-params'
import {
  buildPlanPdf,
  citation,
  groupFindings,
  type PlanPdfInput,
} from '../../../renderer/src/reports/plan-pdf'
import { sumCash } from '../../../renderer/src/reports/comparison-export'
import { hasTranslation, type Translate } from '../../../renderer/src/reports/translate'
import { makeTranslate, provisionInfo } from './i18n-helper'
import { normaliseSpace, pdfToText } from './pdf-text'

function resultsOf(file: CaseFile): Record<string, ScenarioResult> {
  return Object.fromEntries(
    file.scenarios.map((scenario) => [
      scenario.id,
      evaluateScenario({ household: file.household, scenario }),
    ]),
  )
}

describe('buildPlanPdf for Mevrouw Van den Berg', () => {
  let t: Translate
  let input: PlanPdfInput
  let text: string
  const file = EXAMPLE_VAN_DEN_BERG
  const results = resultsOf(file)
  const scenario = file.scenarios[0]!

  beforeAll(async () => {
    t = await makeTranslate('nl')
    input = {
      household: file.household,
      scenarios: file.scenarios,
      scenarioId: scenario.id,
      results,
      t,
      language: 'nl',
      provision: provisionInfo(t),
      generatedAt: '2026-02-01T09:00:00.000Z',
      pseudonymised: false,
    }
    const bytes = buildPlanPdf(input)
    if (process.env.REPORTS_PDF_OUT) writeFileSync(process.env.REPORTS_PDF_OUT, bytes)
    text = normaliseSpace(await pdfToText(bytes))
  })

  it('states every finding once, in words, with its law and article', () => {
    const result = results[scenario.id]!
    expect(result.findings.length).toBeGreaterThan(0)
    for (const { finding } of groupFindings(result.findings)) {
      expect(hasTranslation(t, finding.messageKey)).toBe(true)
      expect(text).toContain(normaliseSpace(citation(finding.legalBasis)))
      expect(text).toContain(finding.legalBasis.article)
    }
    // A finding's text (first words, before any interpolated value) appears as written in the catalogue.
    const first = groupFindings(result.findings)[0]!.finding
    const words = normaliseSpace(t(first.messageKey, formatFindingParams(first.params)))
      .split(' ')
      .slice(0, 4)
      .join(' ')
    expect(text).toContain(words)
  })

  it('prints the totals per payer and year, and the cash total', () => {
    const result = results[scenario.id]!
    for (const [year, byPayer] of Object.entries(result.totalsByYear)) {
      expect(text).toContain(year)
      if (byPayer['gemeente-wmo'] > 0)
        expect(text).toContain(formatCents(byPayer['gemeente-wmo']).replace(/\s/g, ' '))
      expect(text).toContain(formatCents(sumCash(byPayer)).replace(/\s/g, ' '))
    }
    expect(text).toContain(formatCents(sumCash(result.totalByPayer)).replace(/\s/g, ' '))
  })

  it('names the household, the carers, the masked BSN and the procedure section', () => {
    expect(text).toContain(file.household.members[0]!.name)
    for (const carer of file.household.carers) expect(text).toContain(carer.name)
    expect(text).toContain('Procedure en termijnen')
    expect(text).toContain('Overwogen alternatieven')
    for (const alternative of file.scenarios.slice(1)) expect(text).toContain(alternative.name)
  })

  it('renders € and Dutch diacritics as text (WinAnsi standard font)', () => {
    expect(text).toContain('€')
    expect(text).toContain('Financiën')
  })

  it('writes the plan in English on request', async () => {
    const en = await makeTranslate('en')
    const english = normaliseSpace(
      await pdfToText(buildPlanPdf({ ...input, t: en, language: 'en', provision: provisionInfo(en) })),
    )
    expect(english).toContain('Support plan')
    expect(english).toContain('Costs per payer and year')
    expect(english).not.toContain('Ondersteuningsplan')
  })
})

describe('numbers in the plan’s finding texts', () => {
  const file = EXAMPLE_VAN_DEN_BERG
  const scenario = file.scenarios[0]!
  const computed = resultsOf(file)
  const result = computed[scenario.id]!
  const template = result.findings[0]!
  // A young carer's hours with a fraction, as the engine states them: raw numbers in the params.
  const youngCarer = {
    ...template,
    messageKey: 'findings.mantelzorg.young-carer',
    params: {
      carerName: 'Sem',
      carerAge: 14,
      personName: 'Anja',
      hoursPerWeek: 6.5,
      supportedHoursPerWeek: 1.5,
      excessHoursPerWeek: 5,
    },
  }
  const results = { ...computed, [scenario.id]: { ...result, findings: [youngCarer] } }

  async function planText(language: 'nl' | 'en'): Promise<string> {
    const t = await makeTranslate(language)
    const bytes = buildPlanPdf({
      household: file.household,
      scenarios: file.scenarios,
      scenarioId: scenario.id,
      results,
      t,
      language,
      provision: provisionInfo(t),
      generatedAt: '2026-02-01T09:00:00.000Z',
      pseudonymised: false,
    })
    return normaliseSpace(await pdfToText(bytes))
  }

  it('writes a fractional number with a decimal comma in a Dutch plan and a point in an English one', async () => {
    const dutch = await planText('nl')
    expect(dutch).toContain('6,5 uur per week')
    expect(dutch).toContain('1,5 uur per week')
    expect(dutch).not.toContain('6.5 uur')
    const english = await planText('en')
    expect(english).toContain('6.5 hours a week')
    expect(english).toContain('1.5 hours a week')
  })
})
