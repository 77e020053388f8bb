/**
 * reports.*: building the plan PDF and the comparison XLSX of an example household, and encrypting /
 * decrypting a backup of a 300-household database dump (PBKDF2 600,000 iterations included: that is
 * the price of every manual backup and restore). Node's WebCrypto and jsPDF; reported, not asserted.
 */
import { it } from 'vitest'
import i18next from 'i18next'
import { EXAMPLE_VAN_DEN_BERG, PROVISIONS, evaluateScenario } from '#shared'
import { generatePortfolio } from '#shared/portfolio'
import { messages } from '../../renderer/src/i18n/messages'
import { buildPlanPdf } from '../../renderer/src/reports/plan-pdf'
import { buildComparisonXlsx } from '../../renderer/src/reports/comparison-export'
import { fixedTranslate } from '../../renderer/src/reports/translate'
import { decryptBackup, encryptBackup } from '../../renderer/src/backup/backup-file'
import type { DatabaseDump } from '../../renderer/src/data/api'
import { measureMedianMs, recordMetrics } from './record'

async function medianAsync(fn: () => Promise<unknown>, runs: number): Promise<number> {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    await fn()
    samples.push(performance.now() - t0)
  }
  samples.sort((a, b) => a - b)
  return samples[Math.floor(samples.length / 2)] ?? Number.NaN
}

it('reports: plan PDF, comparison XLSX, backup encrypt/decrypt', async () => {
  const instance = i18next.createInstance()
  await instance.init({
    resources: { nl: { translation: messages.nl } },
    lng: 'nl',
    interpolation: { escapeValue: false },
  })
  const t = fixedTranslate(instance, 'nl')
  const file = EXAMPLE_VAN_DEN_BERG
  const results = Object.fromEntries(
    file.scenarios.map((s) => [s.id, evaluateScenario({ household: file.household, scenario: s })]),
  )
  const provision = (id: string) => {
    const p = PROVISIONS.find((x) => x.id === id)
    return { law: p?.law ?? 'none', label: t(p?.labelKey ?? id), respite: p?.respite ?? false }
  }
  const planMs = measureMedianMs(
    () =>
      buildPlanPdf({
        household: file.household,
        scenarios: file.scenarios,
        scenarioId: file.scenarios[0]!.id,
        results,
        t,
        language: 'nl',
        provision,
        generatedAt: '2026-02-01T09:00:00.000Z',
        pseudonymised: false,
      }),
    { warmup: 3, runs: 20 },
  )
  const xlsxMs = await medianAsync(
    () =>
      buildComparisonXlsx({
        householdLabel: file.household.label,
        scenarios: file.scenarios.map((s) => ({ id: s.id, name: s.name })),
        results: file.scenarios.map((s) => results[s.id]!),
        t,
        generatedAt: '2026-02-01T09:00:00.000Z',
      }),
    10,
  )

  // A dump shaped like the data layer's: one row per case-file part, 300 households.
  const cases = generatePortfolio({ seed: 3, size: 300, startYear: 2026, provisions: PROVISIONS })
  const dump: DatabaseDump = {
    format: 'maatwerk.database',
    formatVersion: 1,
    dataFormatVersion: 1,
    exportedAt: '2026-02-01T09:00:00.000Z',
    tables: {
      households: cases.map((c) => ({
        id: c.household.id,
        value: { ...c.household, members: [], carers: [] },
      })),
      members: cases.flatMap((c) => c.household.members.map((m) => ({ householdId: c.household.id, ...m }))),
      scenarios: cases.flatMap((c) => c.scenarios.map((s) => ({ householdId: c.household.id, ...s }))),
    },
  }
  const passphrase = 'een lange wachtzin voor de benchmark'
  let bytes: Uint8Array = new Uint8Array()
  const encryptMs = await medianAsync(async () => {
    bytes = await encryptBackup(dump, passphrase, { createdAt: '2026-02-01T09:00:00.000Z' })
  }, 3)
  const decryptMs = await medianAsync(() => decryptBackup(bytes, passphrase), 3)

  recordMetrics('reports', {
    'reports.plan-pdf': { median: planMs, unit: 'ms', target: null },
    'reports.comparison-xlsx': { median: xlsxMs, unit: 'ms', target: null },
    'reports.backup-encrypt-300': { median: encryptMs, unit: 'ms', target: null, bytes: bytes.length },
    'reports.backup-decrypt-300': { median: decryptMs, unit: 'ms', target: null },
  })
})
