import { describe, expect, it } from 'vitest'
import { evaluateScenario, PROVISIONS } from '#shared'
import { generatePortfolio } from '#shared/portfolio'
import { expectStoredResultsCurrent } from '../portfolio/stored-results-check'
import { PortfolioStore } from '../../../renderer/src/stores/portfolio-store'
import { MunicipalityStore } from '../../../renderer/src/stores/municipality-store'
import { createInlinePortfolioClient } from '../../../renderer/src/workers/portfolio-client'
import { openTestWorkspace } from './workspace-fixtures'

const csv = (rows: string[]) => new TextEncoder().encode(rows.join('\n')).buffer as ArrayBuffer

describe('MunicipalityStore', () => {
  // A 300,000-row file froze the tab: the pairwise overlap check ran before any limit.
  it('refuses a tariff file too large to be a tariff table before checking it, and changes nothing', async () => {
    const { data, ui, engine, files } = await openTestWorkspace()
    const store = new MunicipalityStore(data, ui, engine, files)
    await store.load()
    const original = store.profile!.tariffs
    const row = 'wmo.hulp-bij-het-huishouden;zin;30,00;2027-01-01;;x'
    await store.previewTariffFile(
      'lang.csv',
      csv(['provisionId;deliveryForm;rate;from;to;source', ...Array<string>(10_001).fill(row)]),
    )
    expect(store.importPreview?.tooLarge?.key).toBe('data.tariffImport.tooManyRows')
    expect(store.importPreview?.result.ok).toBe(false)
    await store.previewTariffFile('groot.csv', new Uint8Array(5 * 1024 * 1024 + 1).buffer)
    expect(store.importPreview?.tooLarge?.key).toBe('data.tariffImport.tooLarge')
    expect(await store.applyTariffImport()).toBe(false)
    expect((await data.municipalities.getActiveProfile()).tariffs).toEqual(original)
  })

  // The 30,000-household benchmark chose a tariff file right after a start, before the page had read
  // the profile: the preview had no plan and "Tarieven toepassen" stayed disabled for good.
  it('a tariff file chosen before the profile is read waits for it: the import can be applied', async () => {
    const { data, ui, engine, files } = await openTestWorkspace()
    const store = new MunicipalityStore(data, ui, engine, files)
    // The page's own read is still under way (or not started) when the file arrives.
    const reading = store.load()
    expect(store.profile).toBeNull()
    await store.previewTariffFile(
      'vroeg.csv',
      csv([
        'provisionId;deliveryForm;rate;from;to;source',
        'wmo.hulp-bij-het-huishouden;zin;41,00;2027-01-01;;Contract',
      ]),
    )
    await reading
    expect(store.importPreview?.plan?.changesSomething).toBe(true)
    expect(await store.applyTariffImport()).toBe(true)
    // And with no read started at all: the preview starts it.
    const fresh = new MunicipalityStore(data, ui, engine, files)
    await fresh.previewTariffFile(
      'vroeg-2.csv',
      csv([
        'provisionId;deliveryForm;rate;from;to;source',
        'wmo.hulp-bij-het-huishouden;zin;42,00;2028-01-01;;Contract',
      ]),
    )
    expect(fresh.importPreview?.plan?.changesSomething).toBe(true)
    data.close()
  })

  it('refuses a tariff file with errors and changes nothing; applies a valid one', async () => {
    const { data, ui, engine, files } = await openTestWorkspace()
    const store = new MunicipalityStore(data, ui, engine, files)
    await store.load()
    const original = store.profile!.tariffs
    await store.previewTariffFile(
      'fout.csv',
      csv([
        'provisionId;deliveryForm;rate;from;to;source',
        'wmo.hulp-bij-het-huishouden;zin;-3;2027-01-01;;x',
      ]),
    )
    expect(store.importPreview?.result.ok).toBe(false)
    expect(await store.applyTariffImport()).toBe(false)
    expect((await data.municipalities.getActiveProfile()).tariffs).toEqual(original)

    await store.previewTariffFile(
      'goed.csv',
      csv([
        'provisionId,deliveryForm,rate,from,to,source',
        'wmo.hulp-bij-het-huishouden,zin,40.00,2027-01-01,,Contract',
      ]),
    )
    expect(await store.applyTariffImport()).toBe(true)
    const stored = (await data.municipalities.getActiveProfile()).tariffs.filter(
      (t) => t.provisionId === 'wmo.hulp-bij-het-huishouden' && t.deliveryForm === 'zin',
    )
    // The 2024–2026 periods stay; the open-ended 2026 period ends where the 2027 one starts.
    const earlier = original.filter(
      (t) => t.provisionId === 'wmo.hulp-bij-het-huishouden' && t.deliveryForm === 'zin',
    )
    expect(stored.map((t) => [t.from, t.to, t.rateCents])).toEqual([
      ...earlier.map((t) => [t.from, t.from.startsWith('2026') ? '2026-12-31' : t.to, t.rateCents]),
      ['2027-01-01', null, 40_00],
    ])
    data.close()
  })

  it('previews a tariff import per period with the affected households and forecast, applies it after confirmation and undoes it', async () => {
    const { data, ui, engine, files } = await openTestWorkspace()
    await data.cases.importMany(
      generatePortfolio({ size: 60, seed: 5, startYear: 2026, provisions: PROVISIONS }).map((file, i) => ({
        name: `${i}`,
        file,
      })),
    )
    const portfolio = new PortfolioStore(
      data,
      ui,
      engine,
      () => createInlinePortfolioClient(evaluateScenario, PROVISIONS),
      () => 2026,
    )
    await portfolio.sync()
    const store = new MunicipalityStore(data, ui, engine, files, portfolio)
    await store.load()
    const original = store.profile!.tariffs
    const forecastBefore = portfolio.report!.lines.map((l) => l.forecastCents)
    await store.previewTariffFile(
      'hbh-2026.csv',
      csv([
        'provisionId;deliveryForm;rate;from;to;source',
        'wmo.hulp-bij-het-huishouden;zin;60,00;2026-01-01;2026-12-31;Contract 2026',
      ]),
    )
    const preview = store.importPreview!
    expect(preview.plan?.groups).toHaveLength(1)
    expect(preview.plan?.groups[0]?.changes.map((c) => c.kind)).toEqual(['ended', 'added'])
    expect(preview.impact.status).toBe('ready')
    const impact = preview.impact.value!
    expect(impact.households).toBeGreaterThan(0)
    expect(impact.households).toBeLessThan(60)
    const wmo2026 = impact.years.find((y) => y.year === 2026)!.lines.find((l) => l.line === 'wmo')!
    expect(wmo2026.afterCents).toBeGreaterThan(wmo2026.beforeCents)
    // Other years: the resumed open-ended period is indexed from its new start (2027), so years it
    // only extrapolated can differ by cent rounding of the compounded index — never more.
    for (const y of impact.years.filter((y) => y.year !== 2026))
      for (const l of y.lines)
        expect(Math.abs(l.afterCents - l.beforeCents)).toBeLessThanOrEqual(Math.ceil(l.beforeCents / 10_000))

    store.askToApplyTariffImport()
    expect(store.importPreview?.confirming).toBe(true)
    expect(await store.applyTariffImport()).toBe(true)
    await portfolio.sync()
    const wmoAfter = portfolio.report!.lines.find((l) => l.line === 'wmo')!.forecastCents
    expect(wmoAfter - forecastBefore[0]!).toBe(wmo2026.afterCents - wmo2026.beforeCents)
    await expectStoredResultsCurrent(portfolio, data)

    expect(await store.undoTariffImport()).toBe(true)
    expect((await data.municipalities.getActiveProfile()).tariffs).toEqual(original)
    await portfolio.sync()
    expect(portfolio.report!.lines.map((l) => l.forecastCents)).toEqual(forecastBefore)
    data.close()
  }, 120_000)

  it('shows which households use a tariff and refuses an invalid profile edit', async () => {
    const { data, ui, engine, files } = await openTestWorkspace()
    await data.seedExamples()
    const store = new MunicipalityStore(data, ui, engine, files)
    await store.load()
    // The profile crosses postMessage to the portfolio workers as it is (bug: an observable proxy
    // could not be cloned, so every message took a JSON round trip).
    expect(() => structuredClone({ ...store.profile!, tariffs: [] })).not.toThrow()
    await store.showUsage('wmo.hulp-bij-het-huishouden', 'zin')
    expect(store.usage?.households.length).toBeGreaterThan(0)
    expect(await store.setBudget(2026, 'wmo', -1)).toBe(false)
    // One vocabulary with the profile form: the schema's words, and the form's for whole euros.
    expect(store.problems.map((p) => p.message)).toContainEqual(
      expect.objectContaining({ key: 'casefile.invalidCents' }),
    )
    // Budgets are whole euros as entered (bug: € 14.500.000,01 could be stored).
    expect(await store.setBudget(2026, 'wmo', 1_450_000_001)).toBe(false)
    expect(store.problems.map((p) => p.message)).toEqual([{ key: 'forms.wholeEuros' }])
    expect(await store.save({ ...store.profile!, name: ' ', indexationPercentPerYear: 30 })).toBe(false)
    expect(store.problems.map((p) => [p.path, 'key' in p.message ? p.message.key : ''])).toEqual([
      ['name', 'casefile.empty'],
      ['indexationPercentPerYear', 'casefile.tooBig'],
    ])
    expect(await store.setBudget(2026, 'wmo', 1_450_000_000)).toBe(true)
    expect(
      (await data.municipalities.getActiveProfile()).budgets.find((b) => b.year === 2026 && b.line === 'wmo')
        ?.cents,
    ).toBe(1_450_000_000)
    expect(await store.save({ ...store.profile!, name: 'Testgemeente' })).toBe(true)
    expect((await data.municipalities.getActiveProfile()).name).toBe('Testgemeente')
    data.close()
  })
})
