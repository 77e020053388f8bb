import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import { MemoryRouter, Route, Routes } from 'react-router-dom'
import type { ComponentType } from 'react'
import type { DataLayer } from '../../../renderer/src/data'
import { initI18n } from '../../../renderer/src/i18n'
import type { RootStore } from '../../../renderer/src/stores/root-store'
import { StoreProvider } from '../../../renderer/src/stores/store-context'
import { openTestRoot } from '../test-root'
import { CompareTab } from '../../../renderer/src/views/decision/CompareTab'
import { WhatIfTab } from '../../../renderer/src/views/decision/WhatIfTab'
import { OptimiserTab } from '../../../renderer/src/views/decision/OptimiserTab'
import { PlanTab } from '../../../renderer/src/views/case/plan/PlanTab'

let data: DataLayer
let root: RootStore

beforeEach(async () => {
  initI18n('nl')
  ;({ data, root } = await openTestRoot('empty-tabs'))
})

afterEach(() => {
  cleanup()
  root.openCase.close()
  data.close()
})

/** Renders a tab nested under its case route as in App.tsx, so a relative link resolves the way it does in the app. */
async function renderTab(path: string, Tab: ComponentType, householdId: string) {
  root.openCase.open(householdId)
  render(
    <StoreProvider value={root}>
      <MemoryRouter initialEntries={[`/cases/${householdId}/${path}`]}>
        <Routes>
          <Route path="/cases/:householdId">
            <Route path={path} element={<Tab />} />
          </Route>
        </Routes>
      </MemoryRouter>
    </StoreProvider>,
  )
}

async function emptyState(testId: string) {
  return screen.findByTestId(testId, {}, { timeout: 10_000 })
}

describe('empty case tabs', { timeout: 30_000 }, () => {
  it('Vergelijken without scenarios says what belongs there and links to Arrangement', async () => {
    const id = await data.cases.createHousehold('Gezin Leeg')
    await renderTab('compare', CompareTab, id)
    const empty = await emptyState('compare-empty')
    expect(empty.textContent).toContain('twee tot vijf scenario’s naast elkaar')
    expect(empty.textContent).toContain('Maak eerst een scenario op het tabblad Arrangement')
    const link = within(empty).getByRole('link', { name: 'Naar Arrangement' })
    expect(link.getAttribute('href')).toBe(`/cases/${id}/arrangement`)
  })

  it('Vergelijken with one scenario asks for a second scenario', async () => {
    const id = await data.cases.createHousehold('Gezin Een')
    root.openCase.open(id)
    await waitFor(() => expect(root.openCase.household).not.toBeNull(), { timeout: 10_000 })
    expect(await root.openCase.createScenario('Scenario 1')).not.toBeNull()
    await waitFor(() => expect(root.openCase.scenarios).toHaveLength(1), { timeout: 10_000 })
    await renderTab('compare', CompareTab, id)
    const empty = await emptyState('compare-empty')
    expect(empty.textContent).toContain('maak eerst een tweede scenario op het tabblad Arrangement')
    expect(within(empty).getByRole('link', { name: 'Naar Arrangement' }).getAttribute('href')).toBe(
      `/cases/${id}/arrangement`,
    )
  })

  it('Wat als without a scenario links to Arrangement', async () => {
    const id = await data.cases.createHousehold('Gezin Leeg')
    await renderTab('what-if', WhatIfTab, id)
    const empty = await emptyState('what-if-empty')
    expect(empty.textContent).toContain('één knop van een scenario verschuift')
    expect(within(empty).getByRole('link', { name: 'Naar Arrangement' }).getAttribute('href')).toBe(
      `/cases/${id}/arrangement`,
    )
  })

  it('Voorstel without assessed needs links to Behoeften', async () => {
    const id = await data.cases.createHousehold('Gezin Leeg')
    await renderTab('optimiser', OptimiserTab, id)
    const empty = await emptyState('optimiser-empty')
    expect(empty.textContent).toContain('Er zijn nog geen behoeften vastgesteld')
    expect(within(empty).getByRole('link', { name: 'Naar Behoeften' }).getAttribute('href')).toBe(
      `/cases/${id}/needs`,
    )
    expect(screen.queryByRole('button', { name: 'Optimaliseren' })).toBeNull()
  })

  it('Plan without a scenario links to Arrangement', async () => {
    const id = await data.cases.createHousehold('Gezin Leeg')
    await renderTab('plan', PlanTab, id)
    const empty = await emptyState('plan-empty')
    expect(empty.textContent).toContain('Hier maakt u het ondersteuningsplan')
    expect(within(empty).getByRole('link', { name: 'Naar Arrangement' }).getAttribute('href')).toBe(
      `/cases/${id}/arrangement`,
    )
  })
})
