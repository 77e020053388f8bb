/**
 * Every key in the message catalogues is read somewhere: a catalogue entry that no code names is text
 * nobody sees, and it has to be translated and kept up to date all the same. This check fails on a key
 * in the Dutch catalogue (the English one has its shape: `en: typeof nl`) that
 *
 * - no string literal in the app's code (renderer/src, shared, electron) names in full,
 * - no other catalogue text nests (`$t(key)`), and
 * - no dynamic prefix below covers.
 *
 * A dynamic prefix is the fixed start of a key the code builds from a value (`t(\`zrm.domain.${d}\`)`).
 * Each is listed with the file that builds it, and the check proves it: that file holds a template
 * literal starting with exactly that prefix (for a catalogue-built key: a `$t(prefix{{…}})` nesting).
 * Where the values the code fills in are a finite list the code also exports, the entry names them
 * (`suffixes`), so a key under the prefix outside that list still counts as unused. A new dynamic key
 * family gets an entry here; a prefix no key uses any more must leave the list.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { CASE_FILE_ERROR_CODES } from '#shared/case-file/errors'
import { PROVISIONS } from '#shared/catalogue'
import { messages } from '../../renderer/src/i18n/messages'
import { listSourceFiles, ROOT } from './source-graph'

/** The app's code: where a key is read. The catalogues themselves are not readers. */
const CODE_FOLDERS = ['renderer/src', 'shared', 'electron']
const CATALOGUE_FOLDER = 'renderer/src/i18n/messages/'

export type DynamicKeys = {
  /** The fixed start of the built keys. */
  prefix: string
  /** The file that builds them: it holds a template literal starting with `prefix`. */
  builtIn: string
  /** The values the code fills in after the prefix, where they are a finite list it exports. */
  suffixes?: readonly string[]
}

const DYNAMIC_KEYS: readonly DynamicKeys[] = [
  // Messages of stores and shared modules: codes that the code names per outcome.
  {
    prefix: 'casefile.',
    builtIn: 'renderer/src/views/common/FieldMessage.tsx',
    suffixes: CASE_FILE_ERROR_CODES,
  },
  { prefix: 'casefile.types.', builtIn: 'renderer/src/i18n/messages/casefile.ts' },
  { prefix: 'casefile.fields.', builtIn: 'renderer/src/i18n/messages/casefile.ts' },
  { prefix: 'casefile.units.', builtIn: 'renderer/src/i18n/messages/casefile.ts' },
  { prefix: 'casefile.frequencies.', builtIn: 'renderer/src/i18n/messages/casefile.ts' },
  { prefix: 'forms.', builtIn: 'renderer/src/views/common/FieldMessage.tsx' },
  { prefix: 'cases.errors.', builtIn: 'renderer/src/stores/messages.ts' },
  { prefix: 'desktop.errors.', builtIn: 'renderer/src/stores/messages.ts' },
  { prefix: 'cases.openedFile.reasons.', builtIn: 'renderer/src/stores/opened-case-files.ts' },
  { prefix: 'reports.backup.errors.', builtIn: 'renderer/src/stores/backup-store.ts' },
  { prefix: 'engine.messages.', builtIn: 'shared/engine/messages.ts' },
  { prefix: 'findings.participatiewet.aio-svb', builtIn: 'shared/rules/participatiewet/aow-transition.ts' },
  { prefix: 'findings.wlz.eigen-bijdrage-', builtIn: 'shared/rules/wlz/eigen-bijdrage.ts' },
  { prefix: 'findings.wmo.eigen-bijdrage-beschermd-wonen', builtIn: 'shared/rules/wmo/eigen-bijdrage.ts' },
  { prefix: 'findings.mantelzorg.young-carer', builtIn: 'shared/rules/mantelzorg/young-carer.ts' },
  { prefix: 'explain.eigenBijdrageReason.', builtIn: 'renderer/src/format/explain-text.ts' },
  { prefix: 'explain.noEigenBijdrageReason.', builtIn: 'renderer/src/format/explain-text.ts' },
  { prefix: 'audit.reason.', builtIn: 'renderer/src/views/shell/AppFrame.tsx' },
  { prefix: 'data.lost.', builtIn: 'renderer/src/views/startup/StartupGate.tsx' },
  // Names of domain values: provisions, rules, laws, payers, units, roles, ZRM domains.
  { prefix: 'provision.', builtIn: 'shared/catalogue/provisions.ts', suffixes: PROVISIONS.map((p) => p.id) },
  { prefix: 'rule.', builtIn: 'renderer/src/views/decision/use-labels.ts' },
  { prefix: 'zrm.domain.', builtIn: 'renderer/src/views/case/needs/NeedsTab.tsx' },
  { prefix: 'zrmVariant.', builtIn: 'renderer/src/views/case/needs/NeedsTab.tsx' },
  { prefix: 'money.payers.', builtIn: 'renderer/src/views/case/arrangement/ResultPanel.tsx' },
  { prefix: 'citation.labels.', builtIn: 'renderer/src/views/portfolio/MunicipalitySettings.tsx' },
  { prefix: 'retention.categories.', builtIn: 'renderer/src/views/settings/RetentionSettings.tsx' },
  { prefix: 'settings.languages.', builtIn: 'renderer/src/views/settings/SettingsPage.tsx' },
  // The case screens.
  { prefix: 'caseFlow.deadline.', builtIn: 'renderer/src/views/case/Deadline.tsx' },
  { prefix: 'caseFlow.deadline.status.', builtIn: 'renderer/src/views/case/Deadline.tsx' },
  { prefix: 'caseFlow.evaluation.source.', builtIn: 'renderer/src/views/case/CaseHeader.tsx' },
  { prefix: 'caseFlow.law.', builtIn: 'renderer/src/views/case/CaseHeader.tsx' },
  { prefix: 'caseFlow.missing.', builtIn: 'renderer/src/views/case/CaseHeader.tsx' },
  { prefix: 'caseFlow.stages.', builtIn: 'renderer/src/views/case/CaseHeader.tsx' },
  { prefix: 'caseload.attention.', builtIn: 'renderer/src/views/cases/CasesPage.tsx' },
  { prefix: 'caseload.flags.', builtIn: 'renderer/src/views/cases/CasesPage.tsx' },
  { prefix: 'caseload.sort.', builtIn: 'renderer/src/views/cases/CasesPage.tsx' },
  { prefix: 'cases.sort.', builtIn: 'renderer/src/views/cases/CasesPage.tsx' },
  {
    prefix: 'cases.arrangement.deliveryForms.',
    builtIn: 'renderer/src/views/case/arrangement/ArrangementTab.tsx',
  },
  {
    prefix: 'cases.arrangement.frequencies.',
    builtIn: 'renderer/src/views/case/arrangement/ArrangementTab.tsx',
  },
  { prefix: 'cases.arrangement.laws.', builtIn: 'renderer/src/views/case/arrangement/ArrangementTab.tsx' },
  { prefix: 'cases.arrangement.units.', builtIn: 'renderer/src/views/case/arrangement/ArrangementTab.tsx' },
  { prefix: 'cases.household.dates.', builtIn: 'renderer/src/views/case/household/HouseholdTab.tsx' },
  { prefix: 'cases.household.incomeKinds.', builtIn: 'renderer/src/views/case/household/MemberForm.tsx' },
  { prefix: 'cases.household.roles.', builtIn: 'renderer/src/views/case/household/MemberForm.tsx' },
  { prefix: 'cases.needs.levelHelp.', builtIn: 'renderer/src/views/case/needs/NeedsTab.tsx' },
  { prefix: 'cases.needs.levels.', builtIn: 'renderer/src/views/case/needs/NeedsTab.tsx' },
  { prefix: 'cases.network.relations.', builtIn: 'renderer/src/views/case/network/NetworkTab.tsx' },
  { prefix: 'carerForm.ageGroups.', builtIn: 'renderer/src/views/case/network/NetworkTab.tsx' },
  { prefix: 'cases.panel.severity.', builtIn: 'renderer/src/views/case/arrangement/ResultPanel.tsx' },
  // Decision support.
  { prefix: 'decision.doNothing.kinds.', builtIn: 'renderer/src/views/decision/DoNothingPanel.tsx' },
  { prefix: 'decision.doNothing.problems.', builtIn: 'renderer/src/views/decision/DoNothingPanel.tsx' },
  { prefix: 'decision.optimiser.exclusion.', builtIn: 'renderer/src/views/decision/OptimiserTab.tsx' },
  { prefix: 'decision.optimiser.objectives.', builtIn: 'renderer/src/views/decision/OptimiserTab.tsx' },
  { prefix: 'decision.optimiser.verdicts.', builtIn: 'renderer/src/views/decision/OptimiserTab.tsx' },
  { prefix: 'decision.rows.', builtIn: 'renderer/src/views/decision/DoNothingPanel.tsx' },
  { prefix: 'decision.whatIf.lever.', builtIn: 'renderer/src/views/decision/use-labels.ts' },
  { prefix: 'decision.whatIf.measures.', builtIn: 'renderer/src/views/decision/WhatIfTab.tsx' },
  // Portfolio and catalogue.
  { prefix: 'portfolio.catalogue.deliveryForms.', builtIn: 'renderer/src/views/catalogue/CataloguePage.tsx' },
  { prefix: 'portfolio.catalogue.import.errors.', builtIn: 'renderer/src/views/catalogue/TariffImport.tsx' },
  { prefix: 'portfolio.catalogue.import.kinds.', builtIn: 'renderer/src/views/catalogue/TariffImport.tsx' },
  { prefix: 'portfolio.catalogue.laws.', builtIn: 'renderer/src/views/catalogue/CataloguePage.tsx' },
  { prefix: 'portfolio.catalogue.units.', builtIn: 'renderer/src/views/catalogue/CataloguePage.tsx' },
  { prefix: 'portfolio.lines.', builtIn: 'renderer/src/views/portfolio/PortfolioPage.tsx' },
  { prefix: 'portfolio.whatIf.laws.', builtIn: 'renderer/src/views/portfolio/WhatIfPanel.tsx' },
  { prefix: 'portfolio.whatIf.regimes.', builtIn: 'renderer/src/views/portfolio/WhatIfPanel.tsx' },
  // Reports, exports and the backup screen.
  { prefix: 'reports.backup.tableNames.', builtIn: 'renderer/src/views/settings/RestorePanel.tsx' },
  { prefix: 'reports.budgetLines.', builtIn: 'renderer/src/reports/portfolio-export.ts' },
  { prefix: 'reports.deliveryForms.', builtIn: 'renderer/src/reports/plan-pdf.ts' },
  { prefix: 'reports.frequency.', builtIn: 'renderer/src/reports/plan-pdf.ts' },
  { prefix: 'reports.income.', builtIn: 'renderer/src/reports/plan-pdf.ts' },
  { prefix: 'reports.laws.', builtIn: 'renderer/src/reports/plan-pdf.ts' },
  { prefix: 'reports.payers.', builtIn: 'renderer/src/reports/comparison-export.ts' },
  { prefix: 'reports.relations.', builtIn: 'renderer/src/reports/plan-pdf.ts' },
  { prefix: 'reports.roles.', builtIn: 'renderer/src/reports/plan-pdf.ts' },
  { prefix: 'reports.severity.', builtIn: 'renderer/src/reports/plan-pdf.ts' },
  { prefix: 'reports.units.', builtIn: 'renderer/src/reports/plan-pdf.ts' },
]

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/

/** Every key of a catalogue, dotted ('cases.title'), without i18next's plural suffixes. */
export function catalogueKeys(catalogue: unknown, prefix = ''): string[] {
  if (typeof catalogue !== 'object' || catalogue === null) return [prefix.replace(PLURAL_SUFFIX, '')]
  const keys = Object.entries(catalogue).flatMap(([key, value]) =>
    catalogueKeys(value, prefix === '' ? key : `${prefix}.${key}`),
  )
  return [...new Set(keys)]
}

/** The texts of a catalogue (where `$t(…)` nests other keys). */
function catalogueTexts(catalogue: unknown): string[] {
  if (typeof catalogue === 'string') return [catalogue]
  if (typeof catalogue !== 'object' || catalogue === null) return []
  return Object.values(catalogue).flatMap(catalogueTexts)
}

export type CodeStrings = {
  /** Every string literal and template literal without substitutions. */
  literals: Set<string>
  /** The fixed start of every template literal with substitutions. */
  templateHeads: Set<string>
}

/** The string literals and template heads of one source text. */
export function readCodeStrings(file: string, source: string, into: CodeStrings): CodeStrings {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind)
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) into.literals.add(node.text)
    else if (ts.isTemplateExpression(node)) into.templateHeads.add(node.head.text)
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return into
}

function emptyStrings(): CodeStrings {
  return { literals: new Set(), templateHeads: new Set() }
}

/** Whether a dynamic entry covers a key. */
function covers(entry: DynamicKeys, key: string): boolean {
  if (!key.startsWith(entry.prefix)) return false
  return entry.suffixes === undefined || entry.suffixes.includes(key.slice(entry.prefix.length))
}

/** The keys no code names, no catalogue text nests and no dynamic prefix covers. */
export function findUnusedKeys(
  keys: readonly string[],
  code: CodeStrings,
  catalogueText: string,
  dynamic: readonly DynamicKeys[],
): string[] {
  return keys.filter(
    (key) =>
      !code.literals.has(key) &&
      !catalogueText.includes(`$t(${key})`) &&
      !catalogueText.includes(`$t(${key},`) &&
      !dynamic.some((entry) => covers(entry, key)),
  )
}

/** Whether `file` builds keys starting with `prefix` (a template head; in a catalogue, a `$t` nesting). */
function builds(file: string, prefix: string): boolean {
  const source = readFileSync(join(ROOT, file), 'utf8')
  if (file.startsWith(CATALOGUE_FOLDER)) return source.includes(`$t(${prefix}{{`)
  return readCodeStrings(file, source, emptyStrings()).templateHeads.has(prefix)
}

const codeFiles = listSourceFiles(CODE_FOLDERS).filter((file) => !file.startsWith(CATALOGUE_FOLDER))
const code = codeFiles.reduce(
  (strings, file) => readCodeStrings(file, readFileSync(join(ROOT, file), 'utf8'), strings),
  emptyStrings(),
)
const keys = catalogueKeys(messages.nl)
const catalogueText = [...catalogueTexts(messages.nl), ...catalogueTexts(messages.en)].join('\n')

describe('unused i18n keys', () => {
  it('finds every key of the catalogue read by the app', () => {
    expect(keys.length).toBeGreaterThan(1000)
    expect(findUnusedKeys(keys, code, catalogueText, DYNAMIC_KEYS)).toEqual([])
  })

  it('lists only dynamic prefixes the named file builds', () => {
    const unproven = DYNAMIC_KEYS.filter((entry) => !builds(entry.builtIn, entry.prefix)).map(
      (entry) => `${entry.prefix} (${entry.builtIn})`,
    )
    expect(unproven).toEqual([])
  })

  it('lists only dynamic prefixes that some key still uses, each once', () => {
    const stale = DYNAMIC_KEYS.filter((entry) => !keys.some((key) => covers(entry, key))).map((e) => e.prefix)
    expect(stale).toEqual([])
    expect(new Set(DYNAMIC_KEYS.map((e) => e.prefix)).size).toBe(DYNAMIC_KEYS.length)
  })

  describe('the check itself', () => {
    const catalogue = {
      title: 'Titel',
      count_one: '{{count}} zaak',
      count_other: '{{count}} zaken',
      domain: { wonen: 'Wonen', werk: 'Werk' },
      error: { tooLong: 'Te lang: $t(units.{{unit}})', gone: 'Weg' },
      units: { hour: 'uur' },
      nested: 'Zie $t(title)',
      orphan: 'Niemand leest dit',
    }
    const source = [
      "t('count', { count })",
      't(`domain.${d}`)',
      "const key = 'nested'",
      't(`error.${code}`)',
    ].join('\n')
    const strings = readCodeStrings('example.tsx', source, emptyStrings())
    const dynamic: DynamicKeys[] = [
      { prefix: 'domain.', builtIn: 'example.tsx' },
      { prefix: 'error.', builtIn: 'example.tsx', suffixes: ['tooLong'] },
      { prefix: 'units.', builtIn: 'catalogue' },
    ]

    it('reports a key no code reads, and one under a prefix whose code never fills in its suffix', () => {
      expect(
        findUnusedKeys(catalogueKeys(catalogue), strings, catalogueTexts(catalogue).join('\n'), dynamic),
      ).toEqual(['error.gone', 'orphan'])
    })

    it('counts a plural family as one key, a nested key and a literal as reads', () => {
      expect(catalogueKeys(catalogue)).toContain('count')
      expect(catalogueKeys(catalogue)).not.toContain('count_one')
      const unused = findUnusedKeys(
        catalogueKeys(catalogue),
        strings,
        catalogueTexts(catalogue).join('\n'),
        [],
      )
      expect(unused).not.toContain('count')
      expect(unused).not.toContain('title')
      expect(unused).toContain('domain.wonen')
    })

    it('reads template heads, not just literals', () => {
      expect([...strings.templateHeads].sort()).toEqual(['domain.', 'error.'])
    })
  })
})
