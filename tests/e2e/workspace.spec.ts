import { expect, test } from './support/test'
import { EXAMPLE_CASES, EXAMPLE_VAN_DEN_BERG, evaluateScenario, serializeCaseFile, PAYERS } from '#shared'
import { formatCents } from '../../renderer/src/format/format'
import { CaseWorkspacePage, StartupGatePage } from './pages/workspace-pages'

const SHOTS = process.env.WORKSPACE_SCREENSHOTS

test.describe('the consultant’s workspace', () => {
  test('builds the Van den Berg household from scratch and sees the engine’s verdict, also after a reload', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    const list = await new StartupGatePage(page).startEmptyWorkspace()
    await expect(list.emptyState).toBeVisible()
    await list.createHousehold('Mevrouw Van den Berg')

    const ws = new CaseWorkspacePage(page)
    await expect(page.getByRole('heading', { name: 'Mevrouw Van den Berg', level: 1 })).toBeVisible()
    await ws.addMember({
      name: 'Mevrouw Van den Berg',
      birthDate: '1942-05-14',
      income: 'AOW met pensioen',
      netMonthly: '1.725,00',
      bsn: '999993847',
    })
    await expect(page.getByRole('cell', { name: '*****3847' })).toBeVisible()

    await ws.openTab('Netwerk')
    await ws.addCarer({
      name: 'Anja',
      relation: 'Kind',
      caresFor: ['Mevrouw Van den Berg'],
      capacity: '10',
      workHours: '24',
      burden: '10',
      consent: true,
      hoursToday: '6',
      ageGroup: '25 tot 65',
    })
    await ws.addCarer({
      name: 'Peter',
      relation: 'Kind',
      caresFor: ['Mevrouw Van den Berg'],
      capacity: '2',
      workHours: '36',
      consent: true,
    })
    await expect(page.getByRole('rowheader', { name: 'Peter' })).toBeVisible()

    await ws.openTab('Arrangement')
    await ws.createScenario()
    await ws.setScenarioStart('2026-01-01')
    await ws.addLine({ provision: 'Hulp bij het huishouden', volume: '3' })
    await ws.addLine({ provision: 'Individuele begeleiding', volume: '4' })
    await ws.addLine({ provision: 'Dagbesteding', volume: '2' })
    await ws.addLine({ provision: 'Wijkverpleging (Zvw)', volume: '3' })
    await ws.addLine({ provision: 'Mantelzorg', volume: '8', carer: 'Anja' })
    await ws.addLine({ provision: 'Mantelzorg', volume: '2', carer: 'Peter' })

    await expect(ws.finding('mantelzorg.overload')).toContainText('Anja')
    await expect(ws.finding('mantelzorg.intensive')).toContainText('Anja')
    await expect(ws.finding('mantelzorg.respite-recommended')).toBeVisible()
    await expect(ws.eigenBijdrage).toContainText('2026: € 21,80 per maand')
    await expect(ws.carerLoad.getByRole('row', { name: /Anja/ })).toContainText('overbelast')
    await ws.openTab('Netwerk')
    const anja = page.getByRole('row', { name: /Anja/ })
    await expect(anja.getByTestId('carer-hours-today')).toHaveText('6')
    await expect(anja.getByTestId('carer-hours-change')).toHaveText('+2 t.o.v. nu')
    await expect(anja).toContainText('25 tot 65')
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/scratch-network.png`, fullPage: true })
    await ws.openTab('Arrangement')
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/scratch-arrangement.png`, fullPage: true })

    await page.reload()
    await expect(ws.lineEditors()).toHaveCount(6)
    await expect(ws.finding('mantelzorg.overload')).toBeVisible()
    await expect(ws.eigenBijdrage).toContainText('2026: € 21,80 per maand')
    await ws.openTab('Huishouden')
    await expect(page.getByRole('rowheader', { name: 'Mevrouw Van den Berg' })).toBeVisible()
  })

  test('refuses invalid input where it is typed and stores nothing invalid', async ({ page }) => {
    const list = await new StartupGatePage(page).startEmptyWorkspace()
    await list.createHousehold('Invoertest')
    const ws = new CaseWorkspacePage(page)
    await page.getByRole('button', { name: 'Lid toevoegen' }).click()
    const form = page.locator('form.member-form')
    await form.getByLabel('Naam', { exact: true }).fill('Test')
    await form.getByLabel('Geboortedatum').fill('1980-01-01')
    await form.getByLabel('BSN (optioneel)').fill('123456789')
    await form.getByLabel('Netto per maand (€)').fill('-20')
    await form.getByRole('button', { name: 'Opslaan' }).click()
    await expect(form.getByText('Ongeldig BSN (voldoet niet aan de elfproef).')).toBeVisible()
    await expect(form.getByText('Moet minstens € 0,00 zijn.')).toBeVisible()
    await expect(page.locator('table.members-table')).toHaveCount(0)
    await form.getByLabel('BSN (optioneel)').fill('')
    await form.getByLabel('Netto per maand (€)').fill('0')
    await form.getByRole('button', { name: 'Opslaan' }).click()
    await expect(page.getByRole('rowheader', { name: 'Test' })).toBeVisible()

    await ws.openTab('Arrangement')
    await ws.createScenario()
    await ws.addLine({ provision: 'Hulp bij het huishouden', volume: '3' })
    await ws.setLineVolume(0, '200')
    await expect(
      ws.line(0).getByText('Hoogstens 168 uur per week: meer kan in die tijd niet worden geleverd.'),
    ).toBeVisible()
    await ws.line(0).getByLabel('Voor').selectOption('')
    await expect(ws.line(0).getByText('Dit veld ontbreekt.')).toBeVisible()
    // The screen shows an edit at once and stores it in the background: wait until the volume of 3
    // is stored before reloading (a reload aborts a write still in flight).
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            new Promise<number[]>((resolve, reject) => {
              const open = indexedDB.open('maatwerk')
              open.onerror = () => reject(open.error)
              open.onsuccess = () => {
                const request = open.result.transaction('caseContents').objectStore('caseContents').getAll()
                request.onsuccess = () => {
                  const contents = request.result as { lines: { value: { volume: number } }[] }[]
                  resolve(contents.flatMap((row) => row.lines.map((line) => line.value.volume)))
                  open.result.close()
                }
              }
            }),
        ),
      )
      .toEqual([3])
    await page.reload()
    await expect(ws.line(0).getByLabel(/^Aantal/)).toHaveValue('3')

    await ws.openTab('Netwerk')
    const carerForm = await ws.fillCarer({
      name: 'Anja',
      relation: 'Kind',
      caresFor: [],
      capacity: '10',
      workHours: '24',
      burden: '9,5',
      consent: true,
      hoursToday: '200',
    })
    await carerForm.getByRole('button', { name: 'Opslaan' }).click()
    await expect(carerForm.getByText('Mag hoogstens 168 zijn.')).toBeVisible()
    await expect(carerForm.getByText('Moet een geheel getal zijn.')).toBeVisible()
    await expect(carerForm.getByText('Minstens 1 nodig.')).toBeVisible()
    await expect(carerForm.getByText('Niet opgeslagen: verbeter eerst de gemarkeerde velden.')).toBeVisible()
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/carer-form-refused.png`, fullPage: true })
    await carerForm.getByRole('button', { name: 'Annuleren' }).click()
    await expect(page.getByRole('rowheader', { name: 'Anja' })).toHaveCount(0)
  })

  for (const example of EXAMPLE_CASES) {
    test(`imports “${example.household.label}” and shows the engine’s totals for every scenario`, async ({
      page,
    }) => {
      test.setTimeout(120_000)
      const list = await new StartupGatePage(page).startEmptyWorkspace()
      await list.importCaseFile('casus.json', serializeCaseFile(example))
      const ws = new CaseWorkspacePage(page)
      await expect(page.getByRole('heading', { name: example.household.label, level: 1 })).toBeVisible()
      await ws.openTab('Arrangement')
      for (const scenario of example.scenarios) {
        await page.getByLabel('Scenario', { exact: true }).selectOption({ label: scenario.name })
        const expected = evaluateScenario({ household: example.household, scenario })
        const cashPayers = PAYERS.filter((p) => p !== 'informal' && expected.totalByPayer[p] !== 0)
        // The cost table's row labels (one label per money figure, renderer/src/i18n/messages/money.ts).
        const labels: Record<string, string> = {
          'gemeente-wmo': 'Gemeente – Wmo (netto, na eigen bijdrage)',
          'gemeente-jeugd': 'Gemeente – Jeugdwet',
          'gemeente-participatie': 'Gemeente – Participatiewet (re-integratie)',
          'gemeente-bijstand': 'Gemeente – bijstand',
          wlz: 'Wlz (zorgkantoor)',
          zvw: 'Zvw (zorgverzekeraar)',
          svb: 'SVB (AIO-aanvulling)',
          client: 'Cliënt – eigen bijdrage (via het CAK)',
        }
        for (const payer of cashPayers) {
          await expect
            .poll(() => ws.costCell(labels[payer]!, 'Totaal looptijd'))
            .toBe(formatCents(expected.totalByPayer[payer]))
        }
        if (expected.totalByPayer.informal !== 0) {
          expect(await ws.costCell('Informele zorg (gewaardeerd, geen uitgave)', 'Totaal looptijd')).toBe(
            formatCents(expected.totalByPayer.informal),
          )
        }
      }
    })
  }

  test('refuses a broken case file with every problem listed and leaves the list unchanged', async ({
    page,
  }) => {
    const list = await new StartupGatePage(page).startWithExamples()
    const broken = structuredClone(EXAMPLE_VAN_DEN_BERG)
    broken.household.members[0]!.birthDate = '1942-02-30'
    broken.scenarios[0]!.lines[0]!.volume = -3
    await list.importCaseFile('kapot.json', JSON.stringify(broken))
    await expect(list.importProblems).toContainText('Dit bestand is geweigerd; er is niets opgeslagen.')
    await expect(list.importProblems).toContainText('household.members[0].birthDate')
    await expect(list.importProblems).toContainText('scenarios[0].lines[0].volume')
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/import-refused.png`, fullPage: true })
    await expect(list.rows).toHaveCount(6)
    await page.reload()
    await expect(list.rows).toHaveCount(6)
  })

  test('deletes a household after confirmation', async ({ page }) => {
    const list = await new StartupGatePage(page).startWithExamples()
    await list.deleteCase('Sander')
    await expect(list.rows).toHaveCount(5)
    await expect(list.row('Sander')).toHaveCount(0)
  })

  test('shows the recovery screen, not an empty list, when the database is emptied behind the app’s back', async ({
    page,
  }) => {
    const gate = new StartupGatePage(page)
    const list = await gate.startWithExamples()
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase('maatwerk')
          request.onsuccess = () => resolve()
          request.onerror = () => reject(request.error)
        }),
    )
    await page.reload()
    await expect(gate.recoveryHeading).toBeVisible()
    await expect(page.getByText(/6 huishoudens in stonden/)).toBeVisible()
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/recovery.png`, fullPage: true })
    await gate.startEmptyAnywayButton.click()
    await page.getByRole('alertdialog').getByRole('button', { name: 'Toch leeg beginnen' }).click()
    await expect(list.heading).toBeVisible()
  })
})
