import { expect, test, type Page } from './support/test'
import { EXAMPLE_VAN_DEN_BERG, type CaseFile } from '#shared'
import { CasesListPage, StartupGatePage } from './pages/workspace-pages'

// The external tester's probes of the case-file import (issue: data-safety probes in a real browser).
// A bad file is refused with a message in the user's language that names the place in the file, and
// nothing changes: the list is the same, also after a reload.

type Mutable = {
  formatVersion: number
  household: {
    label: string
    dates: Record<string, string | null>
    members: Record<string, unknown>[]
    carers: Record<string, unknown>[]
  }
  scenarios: { lines: Record<string, unknown>[] }[]
}

/** A copy of the Van den Berg example with one change. */
function vanDenBergWith(change: (file: Mutable) => void): string {
  const file = structuredClone(EXAMPLE_VAN_DEN_BERG) as unknown as Mutable
  change(file)
  return JSON.stringify(file)
}

const EXAMPLE_LABELS = [
  'Gezin De Vries',
  'Gezin El Amrani',
  'Gezin Yilmaz',
  'Mevrouw Bakker',
  'Mevrouw Van den Berg',
  'Sander',
]

async function startWithExamples(page: Page): Promise<CasesListPage> {
  const gate = new StartupGatePage(page)
  await gate.open()
  await gate.loadExamples()
  const list = new CasesListPage(page)
  await expect(list.rows).toHaveCount(EXAMPLE_LABELS.length)
  return list
}

async function expectListUnchangedAfterReload(page: Page, list: CasesListPage): Promise<void> {
  await page.reload()
  await expect(list.rows).toHaveCount(EXAMPLE_LABELS.length)
  expect((await list.labels()).sort()).toEqual(EXAMPLE_LABELS)
}

const REFUSED_NL = 'Dit bestand is geweigerd; er is niets opgeslagen.'

/** [file name, content, the path the message names, (part of) the Dutch message]. */
const BAD_FILES: [string, string, string, string][] = [
  ['geen-json.json', 'dit is geen json {', '(hele bestand)', 'geen geldige JSON'],
  ['leeg.json', '', '(hele bestand)', 'geen geldige JSON'],
  ['lijst.json', '[1, 2, 3]', '(hele bestand)', 'verwacht een JSON-object'],
  ['ander-formaat.json', '{"hello":"world"}', 'format', 'geen Maatwerk-casusbestand'],
  [
    'toekomst.json',
    vanDenBergWith((f) => (f.formatVersion = 99)),
    'formatVersion',
    'formaatversie 99; deze versie van Maatwerk kent versie 1',
  ],
  [
    'versie-0.json',
    vanDenBergWith((f) => (f.formatVersion = 0)),
    'formatVersion',
    'geen positief geheel getal',
  ],
  [
    'bsn.json',
    vanDenBergWith((f) => (f.household.members[0]!.bsn = '123456789')),
    'household.members[0].bsn',
    'Ongeldig BSN (voldoet niet aan de elfproef)',
  ],
  [
    '30-februari.json',
    vanDenBergWith((f) => (f.household.members[0]!.birthDate = '2026-02-30')),
    'household.members[0].birthDate',
    'Geen geldige datum',
  ],
  [
    'geboren-in-de-toekomst.json',
    vanDenBergWith((f) => (f.household.members[0]!.birthDate = '2099-05-14')),
    'household.members[0].birthDate',
    'De geboortedatum ligt in de toekomst',
  ],
  [
    'maand-13.json',
    vanDenBergWith((f) => (f.household.dates.melding = '2026-13-01')),
    'household.dates.melding',
    'Geen geldige datum',
  ],
  [
    'einde-voor-begin.json',
    vanDenBergWith((f) => {
      f.scenarios[0]!.lines[0]!.startDate = '2027-01-01'
      f.scenarios[0]!.lines[0]!.endDate = '2026-01-01'
    }),
    'scenarios[0].lines[0].endDate',
    'De einddatum ligt vóór de begindatum',
  ],
  [
    'negatief-volume.json',
    vanDenBergWith((f) => (f.scenarios[0]!.lines[0]!.volume = -1)),
    'scenarios[0].lines[0].volume',
    'Moet minstens 0 zijn',
  ],
  [
    'negatieve-uren.json',
    vanDenBergWith((f) => (f.household.carers[0]!.capacityHoursPerWeek = -5)),
    'household.carers[0].capacityHoursPerWeek',
    'Moet minstens 0 zijn',
  ],
  [
    'negatief-bedrag.json',
    vanDenBergWith(
      (f) => ((f.household.members[0]!.income as { netMonthlyCents: number }).netMonthlyCents = -100),
    ),
    'household.members[0].income.netMonthlyCents',
    'Ongeldig bedrag',
  ],
  [
    'onbekende-voorziening.json',
    vanDenBergWith((f) => (f.scenarios[0]!.lines[0]!.provisionId = 'wmo.bestaat-niet')),
    'scenarios[0].lines[0].provisionId',
    'Onbekende voorziening "wmo.bestaat-niet"',
  ],
  [
    'dubbele-id.json',
    vanDenBergWith((f) => (f.scenarios[0]!.lines[1]!.id = f.scenarios[0]!.lines[0]!.id)),
    'scenarios[0].lines[1].id',
    'komt meer dan eens voor',
  ],
  [
    'onbekend-veld.json',
    vanDenBergWith((f) => ((f as unknown as Record<string, unknown>).extra = 1)),
    'extra',
    'Onbekend veld "extra"',
  ],
  [
    'te-groot.json',
    JSON.stringify({ padding: 'x'.repeat(6 * 1024 * 1024) }),
    '(hele bestand)',
    '“te-groot.json” is te groot (6 MB; hoogstens 5 MB). Het is niet gelezen.',
  ],
]

test.describe('a bad case file is refused with a message and changes nothing', () => {
  test('every kind of bad file is refused in Dutch, naming the place, and the list stays as it was', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    const list = await startWithExamples(page)
    for (const [name, content, path, message] of BAD_FILES) {
      await test.step(name, async () => {
        await list.importCaseFile(name, content)
        await expect(list.importProblems).toContainText(REFUSED_NL)
        const problem = list.importProblems.locator('li').filter({ hasText: message })
        await expect(problem).toHaveCount(1)
        await expect(problem).toContainText(path)
        await expect(list.rows).toHaveCount(EXAMPLE_LABELS.length)
      })
    }
    await expectListUnchangedAfterReload(page, list)
  })

  // Before: a line whose provision is not in the catalogue was stored, and the case then showed only
  // "a line uses a provision that is no longer in the catalogue" — it could never be costed.
  test('a line with an unknown provision code is refused, not stored as a case that cannot be costed', async ({
    page,
  }) => {
    const list = await startWithExamples(page)
    const file = vanDenBergWith((f) => {
      f.household.label = 'Onbekende code'
      f.scenarios[0]!.lines[0]!.provisionId = 'wmo.bestaat-niet'
    })
    await list.importCaseFile('onbekende-code.json', file)
    await expect(list.importProblems).toContainText(
      'scenarios[0].lines[0].provisionId: Onbekende voorziening "wmo.bestaat-niet": die staat niet in de catalogus.',
    )
    await expect(page).toHaveURL(/#\/cases$/)
    await expect(list.row('Onbekende code')).toHaveCount(0)
    await expectListUnchangedAfterReload(page, list)
  })

  test('in English the same refusals read in English', async ({ page }) => {
    const list = await startWithExamples(page)
    await page.goto('/#/settings')
    await page.getByLabel('English').check()
    await page.goto('/#/cases')
    const english: [string, string, string][] = [
      ['not-json.json', 'not json {', 'not valid JSON'],
      ['bsn.json', vanDenBergWith((f) => (f.household.members[0]!.bsn = '123456789')), 'Invalid BSN'],
      ['future.json', vanDenBergWith((f) => (f.formatVersion = 99)), 'format version 99'],
      [
        'unknown-provision.json',
        vanDenBergWith((f) => (f.scenarios[0]!.lines[0]!.provisionId = 'wmo.bestaat-niet')),
        'Unknown provision "wmo.bestaat-niet": it is not in the catalogue.',
      ],
      [
        'born-in-the-future.json',
        vanDenBergWith((f) => (f.household.members[0]!.birthDate = '2099-05-14')),
        'The date of birth lies in the future',
      ],
    ]
    const problems = page.locator('.import-problems')
    for (const [name, content, message] of english) {
      await page.getByLabel('Import case file').setInputFiles({
        name,
        mimeType: 'application/json',
        buffer: Buffer.from(content),
      })
      await expect(problems).toContainText('This file was refused; nothing has been saved.')
      await expect(problems).toContainText(message)
      await expect(problems).not.toContainText('geweigerd')
    }
    await page.reload()
    await expect(list.rows).toHaveCount(EXAMPLE_LABELS.length)
  })

  test('a file of a household imported before asks first; “do not import” keeps it, “as a copy” adds one', async ({
    page,
  }) => {
    const gate = new StartupGatePage(page)
    await gate.open()
    await gate.startEmpty()
    const list = new CasesListPage(page)
    await list.importCaseFile('van-den-berg.json', JSON.stringify(EXAMPLE_VAN_DEN_BERG satisfies CaseFile))
    await expect(page.getByRole('heading', { name: 'Mevrouw Van den Berg', level: 1 })).toBeVisible()
    await list.goto()
    await expect(list.rows).toHaveCount(1)

    const changed = vanDenBergWith((f) => (f.household.dates.beschikking = '2025-12-16'))
    await list.importCaseFile('van-den-berg-gewijzigd.json', changed)
    await expect(list.importProblems).toContainText(
      '“Mevrouw Van den Berg” is eerder geïmporteerd, maar dit bestand heeft een andere inhoud. Wilt u het als aparte kopie importeren?',
    )
    await page.getByRole('button', { name: 'Niet importeren' }).click()
    await page.reload()
    await expect(list.rows).toHaveCount(1)
    // The household already there was not overwritten.
    await list.openCase('Mevrouw Van den Berg')
    await expect(page.getByLabel('Beschikking', { exact: true })).toHaveValue('15-12-2025')

    await list.goto()
    await list.importCaseFile('van-den-berg-gewijzigd.json', changed)
    await page.getByRole('button', { name: 'Als kopie importeren' }).click()
    await expect(page.getByRole('heading', { name: 'Mevrouw Van den Berg', level: 1 })).toBeVisible()
    await list.goto()
    await expect(list.rows).toHaveCount(2)

    // The same file again is recognised: nothing is saved twice.
    await list.importCaseFile('van-den-berg.json', JSON.stringify(EXAMPLE_VAN_DEN_BERG satisfies CaseFile))
    await expect(page.getByText('is al aanwezig met dezelfde inhoud')).toBeVisible()
    await list.goto()
    await page.reload()
    await expect(list.rows).toHaveCount(2)
  })
})

test('a bulk import stores the valid files whole and lists each refused one with its reason', async ({
  page,
}) => {
  const gate = new StartupGatePage(page)
  await gate.open()
  await gate.startEmpty()
  await page.goto('/#/portfolio')
  const unknownCode = vanDenBergWith((f) => {
    ;(f.household as unknown as { id: string }).id = 'h-andere'
    f.scenarios[0]!.lines[0]!.provisionId = 'wmo.bestaat-niet'
  })
  await page.getByLabel('Casusbestanden (.json)').setInputFiles([
    {
      name: 'goed.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(EXAMPLE_VAN_DEN_BERG)),
    },
    { name: 'onbekende-code.json', mimeType: 'application/json', buffer: Buffer.from(unknownCode) },
    { name: 'geen-json.json', mimeType: 'application/json', buffer: Buffer.from('xx') },
    { name: 'te-groot.json', mimeType: 'application/json', buffer: Buffer.alloc(6 * 1024 * 1024, 'a') },
  ])
  const report = page.locator('.import-report')
  await expect(report).toContainText('1 huishouden opgeslagen.', { timeout: 30_000 })
  await expect(report).toContainText('3 bestanden geweigerd:')
  const refused = report.locator('ul.refused-files > li')
  await expect(refused.filter({ hasText: 'te-groot.json' })).toContainText(
    'is te groot (6 MB; hoogstens 5 MB)',
  )
  await expect(refused.filter({ hasText: 'geen-json.json' })).toContainText('Geen geldig JSON-bestand.')
  await expect(refused.filter({ hasText: 'onbekende-code.json' })).toContainText(
    'Onbekende voorziening "wmo.bestaat-niet"',
  )
  await page.goto('/#/cases')
  await page.reload()
  const list = new CasesListPage(page)
  await expect(list.rows).toHaveCount(1)
  await expect(list.row('Mevrouw Van den Berg')).toHaveCount(1)
})
