/**
 * Issue 15 item 1: the plan PDF in the user's language. Every label, heading, finding, explanation,
 * amount and date of an English plan is English (legal terms of art excepted); a Dutch plan stays Dutch.
 * Free texts the consultant typed (names, notes, reasons) are the consultant's words in any language,
 * so they are replaced by neutral tokens before the plan is built.
 */
import { describe, expect, it } from 'vitest'
import { EXAMPLE_CASES, evaluateScenario } from '#shared'
import type { CaseFile, ScenarioResult } from '#shared/domain/types'
import { buildPlanPdf } from '../../../renderer/src/reports/plan-pdf'
import { makeTranslate, provisionInfo } from './i18n-helper'
import { normaliseSpace, pdfToText } from './pdf-text'
import { DUTCH_WORDS, MORE_DUTCH_WORDS, dutchWordPattern } from '../../shared/fixtures/dutch-words'

const DUTCH = dutchWordPattern([...DUTCH_WORDS, ...MORE_DUTCH_WORDS])

/** The case with every typed free text replaced, so only the app's own words remain. */
function neutral(file: CaseFile): CaseFile {
  const letter = (i: number) => String.fromCharCode(65 + i)
  return {
    ...file,
    household: {
      ...file.household,
      label: 'Household Q',
      members: file.household.members.map((m, i) => ({ ...m, name: `Person${letter(i)}` })),
      carers: file.household.carers.map((c, i) => ({ ...c, name: `Carer${letter(i)}` })),
    },
    scenarios: file.scenarios.map((s, i) => {
      const { description: _d, ...rest } = s
      return {
        ...rest,
        name: `Scenario${letter(i)}`,
        lines: s.lines.map(({ note: _n, provider: _p, ...line }) => line),
        ...(s.chosen ? { chosen: { ...s.chosen, reasoning: 'Reasoning.' } } : {}),
        ...(s.deviations ? { deviations: s.deviations.map((d) => ({ ...d, reason: 'Reason.' })) } : {}),
      }
    }),
  }
}

async function planText(file: CaseFile, language: 'nl' | 'en'): Promise<string> {
  const t = await makeTranslate(language)
  const results: Record<string, ScenarioResult> = Object.fromEntries(
    file.scenarios.map((s) => [s.id, evaluateScenario({ household: file.household, scenario: s })]),
  )
  const scenario = file.scenarios.find((s) => s.chosen) ?? file.scenarios[0]!
  const bytes = buildPlanPdf({
    household: file.household,
    scenarios: file.scenarios,
    scenarioId: scenario.id,
    results,
    t,
    language,
    provision: provisionInfo(t),
    generatedAt: '2026-03-05T09:00:00.000Z',
    pseudonymised: false,
  })
  return normaliseSpace(await pdfToText(bytes))
}

function dutchIn(text: string): string[] {
  const found = new Set<string>()
  for (const m of text.matchAll(DUTCH)) {
    const at = m.index ?? 0
    found.add(`${m[0]} — “…${text.slice(Math.max(0, at - 40), at + 40)}…”`)
  }
  return [...found]
}

describe('the plan PDF in the user’s language', () => {
  for (const file of EXAMPLE_CASES) {
    it(`writes the English plan of ${file.household.id} without Dutch leftovers`, async () => {
      const text = await planText(neutral(file), 'en')
      expect(text).toContain('Support plan')
      expect(dutchIn(text)).toEqual([])
    })
  }

  it('formats amounts and dates the English way in an English plan, the Dutch way in a Dutch plan', async () => {
    const file = neutral(EXAMPLE_CASES[0]!)
    const en = await planText(file, 'en')
    const nl = await planText(file, 'nl')
    expect(en).toMatch(/€\d{1,3}(,\d{3})*\.\d{2}/)
    expect(en).not.toMatch(/€ \d{1,3}(\.\d{3})*,\d{2}/)
    expect(en).toContain('5 Mar 2026')
    expect(nl).toMatch(/€ \d{1,3}(\.\d{3})*,\d{2}/)
    expect(nl).toContain('05-03-2026')
  })
})

describe('findings name the person (issue 15: “haar/zijn” becomes the person’s name)', () => {
  const PRONOUNS = /\b(?:deze persoon|dit kind|deze jongere|this person|this child|this young person)\b/i

  it('has no finding text that points at someone by pronoun, nor one that shows a provision id', async () => {
    const { messages } = await import('../../../renderer/src/i18n/messages')
    for (const language of ['nl', 'en'] as const) {
      const findings = JSON.stringify((messages[language] as { findings: unknown }).findings)
      expect(findings).not.toMatch(PRONOUNS)
      expect(findings).not.toContain('{{provisionId}}')
    }
  })

  it('names the young person turning 18 in the Dutch and the English plan', async () => {
    const file = EXAMPLE_CASES.find((c) =>
      c.scenarios.some((s) =>
        evaluateScenario({ household: c.household, scenario: s }).findings.some((f) =>
          f.messageKey.startsWith('findings.jeugdwet.turns-18'),
        ),
      ),
    )
    expect(file).toBeDefined()
    const named = neutral(file!)
    const texts = [await planText(named, 'nl'), await planText(named, 'en')]
    expect(texts[0]).toMatch(/wordt Person[A-Z] 18/)
    expect(texts[1]).toMatch(/Person[A-Z] turns 18/)
    for (const text of texts) expect(text).not.toMatch(PRONOUNS)
  })
})

describe('deviations name their rule (bug: the plan looked rule names up under a key that did not exist)', () => {
  it('names the rule of a recorded deviation in the Dutch and the English plan, never its id', async () => {
    const file = neutral(EXAMPLE_CASES[0]!)
    const index = Math.max(
      0,
      file.scenarios.findIndex((s) => s.chosen),
    )
    const deviation = { ruleId: 'wmo.client-age', reason: 'Reason.', decidedOn: '2026-02-01' }
    const withDeviation: CaseFile = {
      ...file,
      scenarios: file.scenarios.map((s, i) =>
        i === index ? { ...s, deviations: [...(s.deviations ?? []), deviation] } : s,
      ),
    }
    const [nl, en] = [await planText(withDeviation, 'nl'), await planText(withDeviation, 'en')]
    expect(nl).toContain('Wmo: leeftijd cliënt')
    expect(en).toContain('Wmo: client age')
    for (const text of [nl, en]) expect(text).not.toContain('wmo.client-age')
  })
})
