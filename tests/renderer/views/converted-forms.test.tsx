/**
 * The forms that now use the form toolkit (views/common/useDraftForm): each refuses invalid input with
 * the schema's rule, says so beside the field in the user's language (aria-invalid, aria-describedby
 * pointing at the message) and leaves the store and the database as they were.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { MemoryRouter } from 'react-router-dom'
import type { ReactNode } from 'react'
import type { DataLayer } from '../../../renderer/src/data'
import { DataError } from '../../../renderer/src/data/api'
import { DATA_ERROR_MESSAGES } from '../../../renderer/src/data/errors'
import { initI18n } from '../../../renderer/src/i18n'
import type { RootStore } from '../../../renderer/src/stores/root-store'
import { StoreProvider } from '../../../renderer/src/stores/store-context'
import { openTestRoot } from '../test-root'
import { HouseholdTab } from '../../../renderer/src/views/case/household/HouseholdTab'
import { NeedsTab } from '../../../renderer/src/views/case/needs/NeedsTab'
import { IdentityForm } from '../../../renderer/src/views/settings/IdentityForm'
import { TariffEditor } from '../../../renderer/src/views/catalogue/TariffEditor'
import { MunicipalitySettings } from '../../../renderer/src/views/portfolio/MunicipalitySettings'
import { WhatIfPanel } from '../../../renderer/src/views/portfolio/WhatIfPanel'
import { ArrangementTab } from '../../../renderer/src/views/case/arrangement/ArrangementTab'
import { CasesPage } from '../../../renderer/src/views/cases/CasesPage'
import { DoNothingPanel } from '../../../renderer/src/views/decision/DoNothingPanel'
import { getProvision } from '#shared/catalogue'
import type { Person } from '#shared/domain/types'

let data: DataLayer
let root: RootStore

async function setUp(language: 'nl' | 'en') {
  initI18n(language)
  localStorage.clear()
  ;({ data, root } = await openTestRoot('converted-forms'))
  root.ui.setLanguage(language)
}

beforeEach(() => setUp('nl'))

afterEach(() => {
  cleanup()
  root.openCase.close()
  data.close()
})

function show(node: ReactNode) {
  render(
    <StoreProvider value={root}>
      <MemoryRouter>{node}</MemoryRouter>
    </StoreProvider>,
  )
}

const CLIENT: Person = {
  id: 'p1',
  name: 'Anna',
  birthDate: '1950-04-01',
  role: 'client',
  livesIn: true,
  income: { kind: 'aow', netMonthlyCents: 1_400_00 },
}

async function openHousehold(label: string, members: Person[] = []): Promise<string> {
  const id = await data.cases.createHousehold(label)
  for (const member of members) await data.cases.saveMember(id, member)
  root.openCase.open(id)
  await waitFor(() => expect(root.openCase.household?.members).toHaveLength(members.length), {
    timeout: 10_000,
  })
  return id
}

/** The field is marked invalid and described by the message that says `text`. */
function expectRefused(input: HTMLElement, text: string | RegExp) {
  expect(input.getAttribute('aria-invalid')).toBe('true')
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean)
  const messages = ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
  expect(messages).toMatch(text)
}

describe('household name', { timeout: 30_000 }, () => {
  it('refuses an empty name beside the field and keeps the stored one', async () => {
    const id = await openHousehold('Gezin Jansen')
    show(<HouseholdTab />)
    const input = await screen.findByLabelText('Naam van het huishouden')
    fireEvent.change(input, { target: { value: '   ' } })
    fireEvent.blur(input)
    expectRefused(input, 'Mag niet leeg zijn.')
    expect(root.openCase.household?.label).toBe('Gezin Jansen')
    expect((await data.cases.loadCase(id))?.household.label).toBe('Gezin Jansen')
  })

  it('stores a changed name on Enter', async () => {
    const id = await openHousehold('Gezin Jansen')
    show(<HouseholdTab />)
    const input = await screen.findByLabelText('Naam van het huishouden')
    fireEvent.change(input, { target: { value: 'Gezin de Vries' } })
    fireEvent.keyDown(input, { key: 'Enter' })
    await waitFor(async () => expect((await data.cases.loadCase(id))?.household.label).toBe('Gezin de Vries'))
    expect(input.getAttribute('aria-invalid')).toBe('false')
  })
})

describe('a refused save (full disk) keeps the draft', { timeout: 30_000 }, () => {
  /** Every household update fails as on a full disk until `room()` is called. */
  function fillDisk(): { room: () => void } {
    const original = data.cases.updateHousehold
    data.cases.updateHousehold = () => Promise.reject(new DataError('quota', DATA_ERROR_MESSAGES.quota))
    return { room: () => (data.cases.updateHousehold = original) }
  }

  it('keeps the typed name, says it is not saved, and saves it on retry once there is room', async () => {
    const id = await openHousehold('Gezin Jansen')
    show(<HouseholdTab />)
    const disk = fillDisk()
    const input = (await screen.findByLabelText('Naam van het huishouden')) as HTMLInputElement
    fireEvent.change(input, { target: { value: 'Gezin de Vries' } })
    fireEvent.keyDown(input, { key: 'Enter' })
    await screen.findByText(/^Niet opgeslagen: de schijf is vol\./)
    // The stored state shows the old name; the field keeps what was typed.
    await waitFor(() => expect(root.openCase.household?.label).toBe('Gezin Jansen'))
    expect(input.value).toBe('Gezin de Vries')
    expect((await data.cases.loadCase(id))?.household.label).toBe('Gezin Jansen')
    disk.room()
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw opslaan' }))
    await waitFor(async () => expect((await data.cases.loadCase(id))?.household.label).toBe('Gezin de Vries'))
    await waitFor(() => expect(screen.queryByTestId('unsaved-draft')).toBeNull())
    expect(input.value).toBe('Gezin de Vries')
  })

  it('keeps a procedure date saved as it is typed, and says so in English', async () => {
    cleanup()
    data.close()
    await setUp('en')
    const id = await openHousehold('Gezin Jansen')
    show(<HouseholdTab />)
    const disk = fillDisk()
    const melding = (await screen.findByLabelText('Report (melding)')) as HTMLInputElement
    fireEvent.change(melding, { target: { value: '10-03-2026' } })
    await screen.findByText(
      'Not saved: the disk is full. What you entered is still here; the stored data has not changed. Free some space and save again.',
    )
    expect(melding.value).toBe('10-03-2026')
    expect((await data.cases.loadCase(id))?.household.dates ?? null).toBeNull()
    disk.room()
    fireEvent.click(screen.getByRole('button', { name: 'Save again' }))
    await waitFor(async () =>
      expect((await data.cases.loadCase(id))?.household.dates?.melding).toBe('2026-03-10'),
    )
  })
})

describe('procedure dates', { timeout: 30_000 }, () => {
  it('refuses an impossible date (31 February) and stores nothing', async () => {
    const id = await openHousehold('Gezin Jansen')
    show(<HouseholdTab />)
    const melding = await screen.findByLabelText('Melding')
    fireEvent.change(melding, { target: { value: '31-02-2026' } })
    expectRefused(melding, 'Geen geldige datum (dd-mm-jjjj).')
    expect(root.openCase.household?.dates ?? null).toBeNull()
    expect((await data.cases.loadCase(id))?.household.dates ?? null).toBeNull()
  })

  it('refuses an onderzoek completed before the melding, naming the melding', async () => {
    const id = await openHousehold('Gezin Jansen')
    show(<HouseholdTab />)
    fireEvent.change(await screen.findByLabelText('Melding'), { target: { value: '10-03-2026' } })
    await waitFor(async () =>
      expect((await data.cases.loadCase(id))?.household.dates?.melding).toBe('2026-03-10'),
    )
    const onderzoek = screen.getByLabelText('Onderzoek afgerond')
    fireEvent.change(onderzoek, { target: { value: '01-03-2026' } })
    expectRefused(onderzoek, 'Deze datum kan niet vóór Melding (10-03-2026) liggen. Er is niets opgeslagen.')
    expect((await data.cases.loadCase(id))?.household.dates?.onderzoekAfgerond ?? null).toBeNull()
  })
})

describe('ZRM assessment', { timeout: 30_000 }, () => {
  it('refuses an assessment date in the future and saves no scores', async () => {
    const id = await openHousehold('Gezin Jansen', [CLIENT])
    show(<NeedsTab />)
    const date = await screen.findByLabelText('Datum beoordeling')
    fireEvent.change(screen.getByLabelText('Huidige score: Financiën'), { target: { value: '2' } })
    fireEvent.change(date, { target: { value: `01-01-${new Date().getFullYear() + 2}` } })
    fireEvent.click(screen.getByRole('button', { name: 'Beoordeling opslaan' }))
    expectRefused(date, 'Deze datum ligt in de toekomst.')
    expect(screen.getByText('Niet opgeslagen: verbeter eerst de gemarkeerde velden.')).toBeTruthy()
    const stored = await data.cases.loadCase(id)
    expect(stored?.household.members[0]?.zrm ?? null).toBeNull()
  })

  it('refuses a new assessment dated on or before the one it moves to the history', async () => {
    const id = await openHousehold('Gezin Jansen', [
      { ...CLIENT, zrm: { assessedOn: '2026-01-15', scores: { financien: 2 } } },
    ])
    show(<NeedsTab />)
    const date = await screen.findByLabelText('Datum beoordeling')
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan als nieuwe beoordeling' }))
    expectRefused(date, 'Eerdere metingen moeten op datum staan, oudste eerst, en vóór de huidige meting.')
    const stored = await data.cases.loadCase(id)
    expect(stored?.household.members[0]?.zrm).toEqual({ assessedOn: '2026-01-15', scores: { financien: 2 } })
  })
})

describe('consultant identity', () => {
  it('refuses a one-letter name and characters outside the rule; the log keeps naming nobody', () => {
    show(<IdentityForm />)
    const input = screen.getByLabelText('Naam of personeelsnummer')
    fireEvent.change(input, { target: { value: 'J' } })
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }))
    expectRefused(input, 'Vul minstens 2 tekens in.')
    fireEvent.change(input, { target: { value: 'Jan <b>' } })
    expectRefused(input, "Gebruik alleen letters, cijfers, spaties en . , ' - _ /.")
    expect(root.identity.consultant).toBeNull()
  })
})

describe('tariff editor', { timeout: 30_000 }, () => {
  it('refuses a negative rate, an impossible date and an empty source; the profile is unchanged', async () => {
    await root.municipality.load()
    const before = structuredClone(root.municipality.profile)
    const provision = getProvision('wmo.hulp-bij-het-huishouden')
    if (!provision) throw new Error('catalogue provision missing')
    show(<TariffEditor provision={provision} index={null} entry={null} onClose={() => undefined} />)
    const form = screen.getByRole('form')
    fireEvent.change(within(form).getByLabelText('Tarief per eenheid'), { target: { value: '-5' } })
    fireEvent.change(within(form).getByLabelText('Vanaf'), { target: { value: '30-02-2027' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Opslaan' }))
    expectRefused(within(form).getByLabelText('Tarief per eenheid'), /^Moet minstens €\s0,00 zijn\.$/)
    expectRefused(within(form).getByLabelText('Vanaf'), 'Geen geldige datum (dd-mm-jjjj).')
    expectRefused(within(form).getByLabelText('Bron'), 'Mag niet leeg zijn.')
    expect(root.municipality.profile).toEqual(before)
    expect(await data.municipalities.getActiveProfile()).toEqual(before)
  })
})

describe('municipality profile', { timeout: 30_000 }, () => {
  it('refuses an indexation above 25 %, a malformed code and a budget with cents; nothing is saved', async () => {
    show(<MunicipalitySettings />)
    const indexation = await screen.findByLabelText(
      'Indexatie na het laatste bekende tariefjaar (% per jaar)',
      {},
      { timeout: 10_000 },
    )
    const before = structuredClone(root.municipality.profile)
    fireEvent.change(indexation, { target: { value: '30' } })
    fireEvent.change(screen.getByLabelText('CBS-code (GM0000)'), { target: { value: 'X12' } })
    const budget = screen.getAllByRole('textbox', { name: /^Wmo \d{4}$/ })[0]
    if (!budget) throw new Error('no budget cell')
    fireEvent.change(budget, { target: { value: '14.500.000,01' } })
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }))
    expectRefused(indexation, 'Mag hoogstens 25 zijn.')
    expectRefused(
      screen.getByLabelText('CBS-code (GM0000)'),
      'De CBS-code heeft de vorm GM gevolgd door vier cijfers',
    )
    expectRefused(budget, 'Een heel bedrag in euro, zonder cijfers achter de komma')
    expect(root.municipality.profile).toEqual(before)
    expect(await data.municipalities.getActiveProfile()).toEqual(before)
  })
})

describe('portfolio what-if', () => {
  it('refuses a share of zin moved to pgb above 100 % and applies no levers', () => {
    show(<WhatIfPanel />)
    const share = screen.getByLabelText('Deel zorg in natura naar pgb (%)')
    fireEvent.change(share, { target: { value: '150' } })
    fireEvent.click(screen.getByRole('button', { name: 'Doorrekenen' }))
    expectRefused(share, 'Mag hoogstens 100 zijn.')
    expect(screen.getByText('Niet toegepast: verbeter eerst de gemarkeerde velden.')).toBeTruthy()
    expect(root.portfolio.levers.zinToPgbPercent).toBe(0)
  })
})

describe('scenario settings and name', { timeout: 30_000 }, () => {
  it('refuses a horizon of 0 months, an evaluation before the start and an empty name; the scenario is unchanged', async () => {
    const id = await openHousehold('Gezin Jansen')
    expect(await root.openCase.createScenario('Scenario 1')).not.toBeNull()
    await waitFor(() => expect(root.openCase.scenarios).toHaveLength(1), { timeout: 10_000 })
    const before = JSON.parse(JSON.stringify(root.openCase.scenarios[0])) as unknown
    show(<ArrangementTab />)
    const horizon = await screen.findByLabelText('Looptijd (maanden)')
    fireEvent.change(horizon, { target: { value: '0' } })
    expectRefused(horizon, 'Moet minstens 1 zijn.')
    fireEvent.change(horizon, { target: { value: String(root.openCase.scenarios[0]?.horizonMonths) } })
    const evaluation = screen.getByLabelText('Evaluatiedatum (herindicatie)')
    fireEvent.change(evaluation, { target: { value: '01-01-1990' } })
    expectRefused(
      evaluation,
      /De evaluatie kan niet vóór de start van het arrangement \(\d{2}-\d{2}-\d{4}\) liggen/,
    )
    fireEvent.click(screen.getByRole('button', { name: 'Naam wijzigen' }))
    const name = screen.getByLabelText('Naam van het scenario')
    fireEvent.change(name, { target: { value: '  ' } })
    fireEvent.click(within(name.closest('form') as HTMLElement).getByRole('button', { name: 'Opslaan' }))
    expectRefused(name, 'Mag niet leeg zijn.')
    expect(root.openCase.scenarios[0]).toEqual(before)
    expect((await data.cases.loadCase(id))?.scenarios[0]).toEqual(before)
  })
})

describe('new household', { timeout: 30_000 }, () => {
  it('refuses a household without a name and creates none', async () => {
    show(<CasesPage />)
    fireEvent.click(await screen.findByRole('button', { name: 'Nieuw huishouden' }))
    const label = screen.getByLabelText('Naam van het huishouden')
    fireEvent.change(label, { target: { value: ' ' } })
    fireEvent.click(screen.getByRole('button', { name: 'Aanmaken' }))
    expectRefused(label, 'Mag niet leeg zijn.')
    expect(await data.cases.loadAllCases()).toEqual([])
  })
})

describe('cost of doing nothing', { timeout: 30_000 }, () => {
  it('refuses a negative onset, an empty box and a likelihood above 100 %; the stored risk keeps its values', async () => {
    const id = await openHousehold('Gezin Jansen', [CLIENT])
    expect(await root.openCase.createScenario('Scenario 1')).not.toBeNull()
    await waitFor(() => expect(root.openCase.scenarios).toHaveLength(1), { timeout: 10_000 })
    expect(await root.doNothing.addRisk('crisis-admission')).toBe(true)
    show(<DoNothingPanel comparison={[]} />)
    const onset = await screen.findByLabelText('Na hoeveel maanden')
    fireEvent.change(onset, { target: { value: '4' } })
    await waitFor(() => expect(root.openCase.doNothing?.risks[0]?.onsetMonths).toBe(4))
    fireEvent.change(onset, { target: { value: '-3' } })
    expectRefused(onset, 'Moet minstens 0 zijn.')
    fireEvent.change(onset, { target: { value: '' } })
    expectRefused(onset, 'Dit veld ontbreekt.')
    const likelihood = screen.getByLabelText('Kans binnen de looptijd (%)')
    fireEvent.change(likelihood, { target: { value: '150' } })
    expectRefused(likelihood, 'Mag hoogstens 100 zijn.')
    const cost = screen.getByLabelText('Kosten per jaar (€), leeg = referentiecijfer')
    fireEvent.change(cost, { target: { value: '-500' } })
    expectRefused(cost, /^Moet minstens €\s0,00 zijn\.$/)
    const stored = (await data.cases.loadCase(id))?.doNothing?.risks[0]
    expect(stored).toMatchObject({ onsetMonths: 4, likelihood: 0, annualCostCents: null })
    expect(root.openCase.doNothing?.risks[0]).toEqual(stored)
  })
})

describe('in English', { timeout: 30_000 }, () => {
  it('says the household-name and procedure-date problems in English', async () => {
    cleanup()
    root.openCase.close()
    data.close()
    await setUp('en')
    await openHousehold('Jansen family')
    show(<HouseholdTab />)
    const input = await screen.findByLabelText('Name of the household')
    fireEvent.change(input, { target: { value: '' } })
    fireEvent.blur(input)
    expectRefused(input, 'Must not be empty.')
    const melding = screen.getByLabelText('Report (melding)')
    fireEvent.change(melding, { target: { value: '31-02-2026' } })
    expectRefused(melding, 'Not a valid date (dd-mm-yyyy).')
    expect(root.openCase.household?.label).toBe('Jansen family')
  })
})

describe('amounts in English', { timeout: 30_000 }, () => {
  it('shows a tariff in English notation, refuses one typed in Dutch notation and stores one in English', async () => {
    cleanup()
    root.openCase.close()
    data.close()
    await setUp('en')
    await root.municipality.load()
    const before = structuredClone(root.municipality.profile)
    const provision = getProvision('wmo.hulp-bij-het-huishouden')
    if (!provision || !before) throw new Error('catalogue provision or profile missing')
    const index = before.tariffs.findIndex((t) => t.provisionId === provision.id)
    const entry = before.tariffs[index]
    if (!entry) throw new Error('no tariff for the provision')
    show(<TariffEditor provision={provision} index={index} entry={entry} onClose={() => undefined} />)
    const form = screen.getByRole('form')
    const rate = within(form).getByLabelText('Rate per unit')
    expect((rate as HTMLInputElement).value).toBe((entry.rateCents / 100).toString())
    fireEvent.change(rate, { target: { value: '1234,56' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }))
    expectRefused(rate, 'Not a valid amount (for example 1,234.56).')
    expect(root.municipality.profile).toEqual(before)
    fireEvent.change(rate, { target: { value: '1,234.56' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(root.municipality.profile?.tariffs[index]?.rateCents).toBe(1_234_56))
  })
})
