import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen } from '@testing-library/react'
import { shapeCarerLoad } from '#shared/decision/chart-data'
import type { Household, Scenario } from '#shared/domain/types'
import { EXAMPLE_VAN_DEN_BERG, EXAMPLE_YILMAZ } from '#shared/examples/example-cases'
import { initI18n } from '../../../renderer/src/i18n'
import { CarerLoadChart } from '../../../renderer/src/views/decision/CompareCharts'

afterEach(cleanup)

function renderChart(household: Household, scenarios: Scenario[]) {
  const loads = scenarios.map((s) => ({ scenarioId: s.id, rows: shapeCarerLoad(household, s) }))
  return render(<CarerLoadChart household={household} scenarios={scenarios} loads={loads} />)
}

/** A scenario of the household with every line done by a professional: no carer gives hours. */
function withoutCarerHours(scenario: Scenario): Scenario {
  return {
    ...scenario,
    id: `${scenario.id}-pro`,
    lines: scenario.lines.map((l) => ({ ...l, carerId: null })),
  }
}

describe('the carer chart of Vergelijken', () => {
  it('says the household has no carers instead of drawing empty axes (Dutch and English)', () => {
    const { household, scenarios } = EXAMPLE_YILMAZ
    expect(household.carers).toHaveLength(0)
    initI18n('nl')
    const { container } = renderChart(household, scenarios)
    expect(screen.getByTestId('carer-load-empty').textContent).toBe(
      'Dit huishouden heeft geen mantelzorgers of vrijwilligers, dus er is geen belasting om te tonen. Voeg ze toe op het tabblad Netwerk.',
    )
    expect(container.querySelector('.recharts-responsive-container')).toBeNull()
    cleanup()
    initI18n('en')
    renderChart(household, scenarios)
    expect(screen.getByTestId('carer-load-empty').textContent).toBe(
      'This household has no carers or volunteers, so there is no load to show. Add them on the Network tab.',
    )
  })

  it('says no carer gives hours in a scenario where carers exist but do nothing', () => {
    const { household, scenarios } = EXAMPLE_VAN_DEN_BERG
    const [first] = scenarios
    if (!first) throw new Error('the Van den Berg example has scenarios')
    initI18n('nl')
    const { container } = renderChart(household, [withoutCarerHours(first)])
    expect(screen.getByTestId('carer-load-empty').textContent).toBe(
      'In dit scenario geeft geen mantelzorger of vrijwilliger uren, dus er is geen belasting om te tonen.',
    )
    expect(container.querySelector('.recharts-responsive-container')).toBeNull()
  })

  it('draws the chart, without the message, when a carer gives hours', () => {
    const { household, scenarios } = EXAMPLE_VAN_DEN_BERG
    const withHours = scenarios.filter((s) => s.lines.some((l) => l.carerId != null))
    expect(withHours.length).toBeGreaterThan(0)
    initI18n('nl')
    const { container } = renderChart(household, withHours)
    expect(screen.queryByTestId('carer-load-empty')).toBeNull()
    expect(container.querySelector('.recharts-responsive-container')).not.toBeNull()
  })
})
