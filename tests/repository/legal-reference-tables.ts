/**
 * Renders the generated parts of docs/legal-reference.md from the code: every rule's legal basis
 * (shared/rules), every dated parameter (shared/parameters), the example tariffs of the default
 * municipality profile and the escalation reference figures. The document then cannot drift from
 * what the engine uses; `legal-reference.test.ts` compares and, with UPDATE_DOCS=1, rewrites.
 */
import * as parameters from '#shared/parameters'
import { RULES } from '#shared/rules'
import { VOORBEELDGEMEENTE_TARIFFS } from '#shared/municipality/voorbeeldgemeente'
import { ESCALATION_KINDS, ESCALATION_REFERENCES } from '#shared/decision/escalation'
import type { Dated } from '#shared/domain/types'

/** Series whose plain numbers are not cents; every other plain-number series is money. */
const NUMBER_UNITS: Readonly<Record<string, string>> = {
  WMO_ONDERZOEK_DAYS: 'days',
  WMO_BESCHIKKING_DAYS: 'days',
  WMO_RETENTION_YEARS: 'years',
  JEUGDWET_RETENTION_YEARS: 'years',
  NO_PROVISION_RETENTION_YEARS: 'years',
}

export function formatEuro(cents: number): string {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  const euros = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${sign}€ ${euros}.${(abs % 100).toString().padStart(2, '0')}`
}

/** Text safe inside one Markdown table cell. */
function cell(text: string): string {
  return text.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replace(/\s+/g, ' ').trim()
}

function formatField(key: string, value: unknown): string {
  if (typeof value === 'number') {
    if (key.endsWith('Cents')) return `${key}: ${formatEuro(value)}`
    if (key.endsWith('Percent')) return `${key}: ${value}%`
  }
  // A table inside a parameter (age bands and the like): each row as its fields.
  if (Array.isArray(value) && value.every((v) => v && typeof v === 'object'))
    return `${key}: ${value
      .map(
        (row: object) =>
          `(${Object.entries(row)
            .map(([k, v]) => `${k} ${String(v)}`)
            .join(', ')})`,
      )
      .join(' ')}`
  return `${key}: ${String(value)}`
}

function formatValue(name: string, value: unknown): string {
  if (typeof value === 'number') {
    const unit = NUMBER_UNITS[name]
    return unit ? `${value} ${unit}` : formatEuro(value)
  }
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .map(([k, v]) => formatField(k, v))
      .join('; ')
  }
  return String(value)
}

function isDated(value: unknown): value is Dated<unknown> {
  return (
    !!value &&
    typeof value === 'object' &&
    typeof (value as Dated<unknown>).from === 'string' &&
    'value' in value &&
    typeof (value as Dated<unknown>).source === 'string'
  )
}

function isSeries(value: unknown): value is Dated<unknown>[] {
  return Array.isArray(value) && value.length > 0 && value.every(isDated)
}

/** Every exported series of shared/parameters, by name; records of series become `NAME.key`. */
export function collectParameterSeries(): { name: string; unitKey: string; series: Dated<unknown>[] }[] {
  const found: { name: string; unitKey: string; series: Dated<unknown>[] }[] = []
  for (const [name, exported] of Object.entries(parameters)) {
    if (isSeries(exported)) found.push({ name, unitKey: name, series: exported })
    else if (exported && typeof exported === 'object' && !Array.isArray(exported)) {
      for (const [key, inner] of Object.entries(exported)) {
        if (isSeries(inner)) found.push({ name: `${name}.${key}`, unitKey: name, series: inner })
      }
    }
  }
  return found.sort((a, b) => a.name.localeCompare(b.name))
}

function verifiedMark(verified: boolean | undefined): string {
  return verified === false ? 'no' : 'yes'
}

export function renderRulesTable(): string {
  const lines = [
    '| rule | law | severity | legal basis | article verified | valid | what it checks |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ]
  for (const rule of RULES) {
    const basis = `${rule.legalBasis.law} art. ${rule.legalBasis.article}`
    const linked = rule.legalBasis.url ? `[${cell(basis)}](${rule.legalBasis.url})` : cell(basis)
    const valid = `${rule.validFrom} – ${rule.validTo ?? 'open'}`
    lines.push(
      `| \`${rule.id}\` | ${rule.law} | ${rule.severity} | ${linked} | ${verifiedMark(rule.legalBasis.verified)} | ${valid} | ${cell(rule.summary)} |`,
    )
  }
  return lines.join('\n')
}

export function renderParametersTable(): string {
  const lines = [
    '| parameter | from | value | confidence | verified | source | note |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ]
  for (const { name, unitKey, series } of collectParameterSeries()) {
    for (const entry of series) {
      lines.push(
        `| \`${name}\` | ${entry.from} | ${cell(formatValue(unitKey, entry.value))} | ${entry.confidence} | ${verifiedMark(entry.verified)} | ${cell(entry.source)} | ${cell(entry.note ?? '')} |`,
      )
    }
  }
  return lines.join('\n')
}

export function renderTariffsTable(): string {
  const lines = [
    '| provision | delivery form | from | to | rate per unit | source |',
    '| --- | --- | --- | --- | --- | --- |',
  ]
  const sorted = [...VOORBEELDGEMEENTE_TARIFFS].sort(
    (a, b) =>
      a.provisionId.localeCompare(b.provisionId) ||
      a.deliveryForm.localeCompare(b.deliveryForm) ||
      a.from.localeCompare(b.from),
  )
  for (const t of sorted) {
    lines.push(
      `| \`${t.provisionId}\` | ${t.deliveryForm} | ${t.from} | ${t.to ?? 'open'} | ${formatEuro(t.rateCents)} | ${cell(t.source)} |`,
    )
  }
  return lines.join('\n')
}

export function renderEscalationTable(): string {
  const lines = [
    '| risk | payer | cost per year | year | confidence | source |',
    '| --- | --- | --- | --- | --- | --- |',
  ]
  for (const kind of ESCALATION_KINDS) {
    const ref = ESCALATION_REFERENCES[kind]
    const cost =
      ref.annualCostCents === null ? 'GAP: entered by the consultant' : formatEuro(ref.annualCostCents)
    const figure = ref.figure
    lines.push(
      `| ${kind} | ${ref.payer} | ${cost} | ${figure?.year ?? '—'} | ${figure?.confidence ?? '—'} | ${cell(figure ? `${figure.source}${figure.note ? ` (${figure.note})` : ''}` : 'no reference figure')} |`,
    )
  }
  return lines.join('\n')
}

/** The generated blocks, by the name used in their `<!-- generated:NAME -->` markers. */
export const GENERATED_BLOCKS: Readonly<Record<string, () => string>> = {
  rules: renderRulesTable,
  parameters: renderParametersTable,
  tariffs: renderTariffsTable,
  escalation: renderEscalationTable,
}

/** Replaces the content of every generated block in `markdown`; reports which blocks changed. */
export function updateGeneratedBlocks(markdown: string): {
  text: string
  changed: string[]
  missing: string[]
} {
  let text = markdown
  const changed: string[] = []
  const missing: string[] = []
  for (const [name, render] of Object.entries(GENERATED_BLOCKS)) {
    const start = `<!-- generated:${name} -->`
    const end = `<!-- /generated:${name} -->`
    const from = text.indexOf(start)
    const to = text.indexOf(end)
    if (from < 0 || to < from) {
      missing.push(name)
      continue
    }
    const current = text.slice(from + start.length, to)
    const next = `\n${render()}\n`
    if (current !== next) {
      changed.push(name)
      text = text.slice(0, from + start.length) + next + text.slice(to)
    }
  }
  return { text, changed, missing }
}
