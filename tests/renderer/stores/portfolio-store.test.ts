import { describe, expect, it } from 'vitest'
import { evaluateScenario, PROVISIONS } from '#shared'
import { NO_LEVERS, generatePortfolio } from '#shared/portfolio'
import { EXAMPLE_BUDGET_HOUSEHOLDS, PortfolioStore } from '../../../renderer/src/stores/portfolio-store'
import { DEFAULT_MUNICIPALITY } from '#shared/municipality'
import { createInlinePortfolioClient } from '../../../renderer/src/workers/portfolio-client'
import { openTestWorkspace } from './workspace-fixtures'

describe('PortfolioStore', () => {
  it('imports a demo portfolio, reports the year, drills and applies a what-if without changing the stored cases', async () => {
    const { data, ui, engine } = await openTestWorkspace()
    const store = new PortfolioStore(
      data,
      ui,
      engine,
      () => createInlinePortfolioClient(evaluateScenario, PROVISIONS),
      () => 2026,
    )
    await store.generateDemo(200, 11)
    expect(store.importReport).toMatchObject({ kind: 'demo', imported: 200, refused: [] })
    expect(store.status).toBe('ready')
    const report = store.report!
    expect(report.year).toBe(2026)
    expect(report.counts).toMatchObject({ households: 200, synthetic: 200, pseudonymised: 200 })
    expect(report.counts.chosen + report.counts.fallback).toBe(200)
    // The example budgets are scaled to the 200 demo households, in whole euros.
    const exampleWmo2026 = DEFAULT_MUNICIPALITY.budgets.find((b) => b.year === 2026 && b.line === 'wmo')!
    const wmoBudget = report.lines.find((l) => l.line === 'wmo')!.budgetCents!
    expect(wmoBudget).toBe(Math.round((exampleWmo2026.cents * 200) / EXAMPLE_BUDGET_HOUSEHOLDS / 100) * 100)
    expect(wmoBudget % 100).toBe(0)
    const wmo = report.lines.find((l) => l.line === 'wmo')!
    expect(wmo.forecastCents).toBe(wmo.forecastByMonth.reduce((a, b) => a + b, 0))
    expect(wmo.committedCents).toBeLessThanOrEqual(wmo.forecastCents)

    await store.drill('wmo', 2)
    expect(store.drillRows.length).toBeGreaterThan(0)
    const march = store.drillRows.map((r) => r.cents)
    expect(march).toEqual([...march].sort((a, b) => b - a))

    const before = JSON.stringify(await data.cases.loadAllCases())
    await store.applyLevers({
      ...NO_LEVERS,
      indexationPercentByLaw: { wmo: 10, jeugdwet: 0, participatiewet: 0 },
    })
    const whatIfWmo = store.report!.whatIf!.lines.find((l) => l.line === 'wmo')!
    expect(whatIfWmo.forecastCents).toBeGreaterThan(wmo.forecastCents)
    expect(store.report!.lines.find((l) => l.line === 'wmo')!.forecastCents).toBe(wmo.forecastCents)
    expect(JSON.stringify(await data.cases.loadAllCases())).toBe(before)

    // The spreadsheet export holds exactly the forecast, cell by cell (budget line × month × household).
    await store.prepareExport()
    const rows = store.exportRows!
    for (const line of store.report!.lines) {
      const ofLine = rows.filter((r) => r.budgetLine === line.line)
      expect(ofLine.reduce((a, r) => a + r.cents, 0)).toBe(line.forecastCents)
      line.forecastByMonth.forEach((cents, m) => {
        const month = `2026-${String(m + 1).padStart(2, '0')}`
        expect(ofLine.filter((r) => r.month === month).reduce((a, r) => a + r.cents, 0)).toBe(cents)
      })
    }
    expect(rows.every((r) => r.cents !== 0 && r.householdLabel.length > 0)).toBe(true)
    await store.setYear(2027)
    expect(store.exportRows).toBeNull()
    data.close()
  }, 120_000)

  it('keeps a what-if applied while the portfolio is still loading (bug: the levers were lost)', async () => {
    const { data, ui, engine } = await openTestWorkspace()
    await data.cases.importMany(
      generatePortfolio({ size: 20, seed: 3, startYear: 2026, provisions: PROVISIONS }).map((file, i) => ({
        name: `${i}`,
        file,
      })),
    )
    let releaseReport: () => void = () => undefined
    const reportGate = new Promise<void>((resolve) => (releaseReport = resolve))
    let reportRequested: () => void = () => undefined
    const requested = new Promise<void>((resolve) => (reportRequested = resolve))
    const store = new PortfolioStore(
      data,
      ui,
      engine,
      () => {
        const inner = createInlinePortfolioClient(evaluateScenario, PROVISIONS)
        let first = true
        return {
          ...inner,
          async report(year, levers) {
            if (first) {
              first = false
              reportRequested()
              await reportGate
            }
            return inner.report(year, levers)
          },
        }
      },
      () => 2026,
    )
    const loading = store.load()
    await requested
    // The user presses "Doorrekenen" after the load asked for its report but before it arrived.
    await store.applyLevers({
      ...NO_LEVERS,
      indexationPercentByLaw: { wmo: 10, jeugdwet: 0, participatiewet: 0 },
    })
    releaseReport()
    await loading
    expect(store.status).toBe('ready')
    expect(store.report?.whatIf).not.toBeNull()
    data.close()
  }, 120_000)

  it('lets households be added while the report is computing, and shows the report asked for last (bug: a click on the blinking button was lost)', async () => {
    const { data, ui, engine } = await openTestWorkspace()
    await data.cases.importMany(
      generatePortfolio({ size: 20, seed: 5, startYear: 2026, provisions: PROVISIONS }).map((file, i) => ({
        name: `${i}`,
        file,
      })),
    )
    let hold: { requested: () => void; gate: Promise<void> } | null = null
    const store = new PortfolioStore(
      data,
      ui,
      engine,
      () => {
        const inner = createInlinePortfolioClient(evaluateScenario, PROVISIONS)
        return {
          ...inner,
          async report(year, levers) {
            const held = hold
            hold = null
            const report = await inner.report(year, levers)
            if (held) {
              // Computed from the 20 households, but held back until the demo is in.
              held.requested()
              await held.gate
            }
            return report
          },
        }
      },
      () => 2026,
    )
    await store.load()
    expect(store.status).toBe('ready')
    let release: () => void = () => undefined
    let requested: () => void = () => undefined
    const asked = new Promise<void>((resolve) => (requested = resolve))
    hold = { requested, gate: new Promise<void>((resolve) => (release = resolve)) }
    const yearChange = store.setYear(2027)
    await asked
    expect(store.computing).toBe(true)
    expect(store.busy).toBe(true)
    // The generate button and the file import stay usable while the report is being computed.
    expect(store.addingBlocked).toBe(false)
    await store.generateDemo(200, 11)
    expect(store.importReport).toMatchObject({ kind: 'demo', imported: 200, refused: [] })
    expect(store.report?.counts.households).toBe(220)
    // The report on screen is the newest: nothing is being computed that it would wait for.
    expect(store.computing).toBe(false)
    // The report asked for before the generation arrives last: it must not replace the newer one.
    release()
    await yearChange
    expect(store.report?.year).toBe(2027)
    expect(store.report?.counts.households).toBe(220)
    expect(store.computing).toBe(false)
    data.close()
  }, 120_000)

  it('reports each refused case file by name and stores the valid ones', async () => {
    const { data, ui, engine } = await openTestWorkspace()
    const store = new PortfolioStore(
      data,
      ui,
      engine,
      () => createInlinePortfolioClient(evaluateScenario, PROVISIONS),
      () => 2026,
    )
    const valid = engine.serializeCaseFile(
      generatePortfolio({ seed: 1, size: 1, startYear: 2026, provisions: PROVISIONS })[0]!,
    )
    await store.importFiles([
      { name: 'goed.json', text: valid },
      { name: 'kapot.json', text: '{ niet json' },
      {
        name: 'fout.json',
        text: JSON.stringify({ format: 'maatwerk.case', formatVersion: 1, household: { id: 'x' } }),
      },
    ])
    expect(store.importReport?.imported).toBe(1)
    expect(store.importReport?.refused.map((r) => r.name)).toEqual(['kapot.json', 'fout.json'])
    expect(store.importReport?.refused[0]?.problems[0]?.message).toEqual({
      key: 'portfolio.import.notJson',
      params: {},
    })
    expect(store.importReport?.refused[1]?.problems.length).toBeGreaterThan(0)
    data.close()
  }, 30_000)

  it("holds the case list's analysis back while the portfolio page is on screen (a return to the page renders first)", async () => {
    const { data, ui, engine } = await openTestWorkspace()
    const store = new PortfolioStore(
      data,
      ui,
      engine,
      () => createInlinePortfolioClient(evaluateScenario, PROVISIONS),
      () => 2026,
    )
    await store.open()
    expect(store.holdsBackground).toBe(false)
    const hide = store.showPage()
    expect(store.holdsBackground).toBe(true)
    hide()
    // Hidden twice (React runs an effect's cleanup once; a second call changes nothing).
    hide()
    expect(store.holdsBackground).toBe(false)
    store.dispose()
    data.close()
  }, 30_000)
})
