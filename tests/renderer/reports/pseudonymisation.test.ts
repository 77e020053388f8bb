// Issue 12 item 10: a pseudonymised plan, comparison export and case file replace names as whole
// tokens (never inside words), in every field including scenario names, reasons and free text, and
// show dates derived from a birth date only at the precision the pseudonymised file keeps (the year).
// Surnames that are also ordinary Dutch words are the hard case: each runs over one of the six
// example households (all six covered, two twice).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { EXAMPLE_CASES } from '#shared'
import { pseudonymiseCaseFile } from '#shared/case-file/pseudonymise'
import type { CaseFile } from '#shared/domain/types'
import { formatDate } from '../../../renderer/src/format/format'
import type { FakeDesktop } from '../../../renderer/src/platform'
import type { ReportStore } from '../../../renderer/src/stores/report-store'
import { normaliseSpace, pdfToText } from './pdf-text'
import { openReportWorkspace, type ReportWorkspace } from '../stores/report-fixtures'

const SURNAMES = ['Jong', 'Berg', 'Wit', 'Visser', 'Bakker', 'Smit', 'Kok', 'Groot'] as const

/** Ordinary words that contain a surname, and ordinary uses of the surname words themselves. */
const ORDINARY_TEXT =
  'Voor deze jongere: bergen, witte was, visserij, bakkerij, besmitting, kokosnoot, grootouders; een groot verschil voor een jong gezin.'
const ORDINARY_WORDS = [
  'deze jongere',
  'bergen',
  'witte was',
  'visserij',
  'bakkerij',
  'besmitting',
  'kokosnoot',
  'grootouders',
  'een groot verschil',
  'een jong gezin',
]

/** The example with every name carrying the surname, and the surname in free text and a scenario name. */
function withSurname(file: CaseFile, surname: string): CaseFile {
  const members = file.household.members.map((m) => ({ ...m, name: `${m.name.split(' ')[0]} De ${surname}` }))
  // "Oma Riet" is the first carer; a household without carers names its first member in brackets.
  const carers = file.household.carers.map((c, i) => ({
    ...c,
    name: i === 0 ? `Riet De ${surname}` : `${c.name.split(' ')[0]} De ${surname}`,
  }))
  const bracketed = carers.length > 0 ? 'oma Riet' : members[0]!.name.split(' ')[0]!
  const scenarios = file.scenarios.map((s, i) => ({
    ...s,
    ...(i === 0
      ? {
          name: `${s.name} (${bracketed})`,
          description: `${ORDINARY_TEXT} Mevrouw De ${surname} belt terug.`,
        }
      : {}),
    lines: s.lines.map((l, li) =>
      i === 0 && li === 0 ? { ...l, note: `Afspraak met ${surname} en de grootouders.` } : l,
    ),
    ...(s.chosen ? { chosen: { ...s.chosen, reasoning: `${surname} koos dit; deze jongere ook.` } } : {}),
  }))
  return {
    ...file,
    household: { ...file.household, label: `Gezin De ${surname}`, members, carers },
    scenarios,
  }
}

function assertNoNames(text: string, file: CaseFile, surname: string, where: string): void {
  expect(text, `${where}: the surname as a word`).not.toMatch(
    new RegExp(`(?<!\\p{L})${surname}(?!\\p{L})`, 'u'),
  )
  expect(text, `${where}: the grandmother`).not.toMatch(/(?<!\p{L})Riet(?!\p{L})/u)
  for (const member of file.household.members) {
    const first = member.name.split(' ')[0]!
    if (first.length >= 3 && !/^(mevrouw|meneer)$/i.test(first))
      expect(text, `${where}: ${first}`).not.toMatch(new RegExp(`(?<!\\p{L})${first}(?!\\p{L})`, 'u'))
  }
}

/** The 18th, 21st and 23rd birthdays, day-exact (what a pseudonymised output must not print). */
function exactBirthdays(file: CaseFile): string[] {
  return file.household.members
    .filter((m) => !m.birthDate.endsWith('-07-01'))
    .flatMap((m) =>
      [18, 21, 23].map((age) => `${Number(m.birthDate.slice(0, 4)) + age}${m.birthDate.slice(4)}`),
    )
    .map((date) => formatDate(date))
}

let workspace: ReportWorkspace
let desktop: FakeDesktop
let reports: ReportStore

beforeEach(async () => {
  workspace = await openReportWorkspace()
  ;({ desktop, reports } = workspace)
})

afterEach(() => workspace.close())

async function openCaseFile(file: CaseFile): Promise<void> {
  await workspace.openExample(file)
}

describe('pseudonymisation with surnames that are ordinary words', { timeout: 120_000 }, () => {
  const runs = SURNAMES.map((surname, i) => ({ surname, example: EXAMPLE_CASES[i % EXAMPLE_CASES.length]! }))

  it.each(runs)(
    'plan PDF, comparison export and case file: $surname over $example.household.id',
    async (run) => {
      const file = withSurname(run.example, run.surname)
      await openCaseFile(file)

      // The plan of the scenario with the altered name, free text and note.
      reports.setPlanScenario(file.scenarios[0]!.id)
      await reports.exportPlan()
      const plan = normaliseSpace(await pdfToText(desktop.savedFiles.at(-1)!.data as Uint8Array))
      expect(plan).toContain('GEPSEUDONIMISEERD')
      assertNoNames(plan, file, run.surname, 'plan')
      for (const words of ORDINARY_WORDS) expect(plan, `plan keeps "${words}"`).toContain(words)
      expect(plan).not.toContain('[naam]ere')
      for (const date of exactBirthdays(file)) expect(plan, 'plan: an exact birthday').not.toContain(date)

      await reports.exportComparison('csv')
      const comparison = new TextDecoder().decode(
        (() => {
          const saved = desktop.savedFiles.at(-1)!.data
          return typeof saved === 'string' ? new TextEncoder().encode(saved) : saved
        })(),
      )
      assertNoNames(comparison, file, run.surname, 'comparison')
      expect(comparison).toContain(run.example.scenarios[0]!.name)

      const caseFile = JSON.stringify(pseudonymiseCaseFile(file, { householdLabel: 'Casus 1' }))
      assertNoNames(caseFile, file, run.surname, 'case file')
      for (const words of ORDINARY_WORDS) expect(caseFile, `case file keeps "${words}"`).toContain(words)
      for (const member of file.household.members)
        expect(caseFile).not.toContain(member.birthDate.slice(4) === '-07-01' ? '§' : member.birthDate)
    },
  )
})
