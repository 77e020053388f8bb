/**
 * The plan (ondersteuningsplan) of one household's scenario as a PDF: household and needs, the
 * arrangement per law, the grounds (each finding with its article), costs per payer and year, the
 * eigen bijdrage, the carer plan with respite, the alternatives and why they were not chosen,
 * deviations with their reasons, and the procedure dates.
 *
 * Pure: everything it shows comes in through `PlanPdfInput` (the case — already pseudonymised by the
 * caller when asked —, the engine's results computed on the real case, and a fixed-language `t`).
 * Runs in the renderer and in Vitest alike.
 */
import {
  PAYERS,
  ZRM_DOMAINS,
  type Carer,
  type CentsInput,
  type Finding,
  type Household,
  type Law,
  type Payer,
  type Person,
  type Scenario,
  type ScenarioResult,
  type Severity,
  type TariffEntry,
} from '#shared/domain/types'
import { maskBsn } from '#shared/domain/bsn'
import { createTokenReplacer } from '#shared/case-file/pseudonymise'
import {
  formatCents as formatCentsIn,
  formatDate as formatDateIn,
  formatNumber as formatNumberIn,
  formatYearMonth as formatYearMonthIn,
  type FormatLanguage,
} from '../format/format'
import { formatFindingParams } from '../format/finding-params'
import { sumCash, sumMunicipal } from './comparison-export'
import {
  grossCareCents,
  isMunicipalBudgetLine,
  municipalNetCents,
  municipalNetPerMonthCents,
} from '#shared/decision/money-figures'
import {
  groupFindings as groupSharedFindings,
  monthPeriods,
  type FindingGroup,
} from '#shared/decision/finding-groups'
import { explainAmounts } from '#shared/decision/explain-amounts'
import { unmetNeeds } from '#shared/decision/comparison'
import { explanationTexts } from '../format/explain-text'
import { formatArticle, tariffCitationLookup } from '../format/citation'
import { COLORS, PdfWriter, type RGB } from './pdf-writer'
import type { ReportLanguage, Translate } from './translate'
import { hasTranslation } from './translate'
import { addDays, ageOnOrNull } from '#shared/domain/dates'
import { WMO_BESCHIKKING_DAYS, WMO_ONDERZOEK_DAYS } from '#shared/parameters/wmo'
import { valueAt } from '#shared/parameters/series'

export type PlanProvisionInfo = { law: Law; label: string; respite: boolean }

export type PlanPdfInput = {
  household: Household
  scenarios: Scenario[]
  /** The profile's tariffs, to cite the tariff behind each rate by its publication. */
  tariffs?: readonly TariffEntry[]
  /** The scenario the plan is about (the chosen one, or the one selected by the user). */
  scenarioId: string
  /** Engine results per scenario id; alternatives without a result are listed without costs. */
  results: Record<string, ScenarioResult>
  t: Translate
  language: ReportLanguage
  provision: (provisionId: string) => PlanProvisionInfo
  /** UTC ISO timestamp printed on the plan. */
  generatedAt: string
  pseudonymised: boolean
  /**
   * A pseudonymised plan is computed on birth years (1 July of each year); true when its amounts
   * depend on where in the year a birthday falls, so they may differ from the exact birth dates on the
   * screen and the plan says so instead of claiming its amounts are unchanged.
   */
  amountsDifferFromScreen?: boolean
  /**
   * Free texts (reasons, notes, finding parameters) may mention people by name; when pseudonymised,
   * each `from` is replaced by its `to` everywhere in the document.
   */
  redactions?: { from: string; to: string }[]
}

const SEVERITY_COLOR: Record<Severity, RGB> = {
  blocking: COLORS.blocking,
  warning: COLORS.warning,
  info: COLORS.info,
}
const LAW_ORDER: Law[] = ['wmo', 'jeugdwet', 'participatiewet', 'zvw', 'wlz', 'informal', 'none']

/** Builds the text filter applied to every string of a pseudonymised plan. */
export function makeRedactor(pseudonymised: boolean, redactions: { from: string; to: string }[] = []) {
  if (!pseudonymised) return (text: string) => text
  // Whole tokens only, longest first: "Jong" never touches "deze jongere" (createTokenReplacer).
  const replace = createTokenReplacer(redactions.filter((r) => r.from.trim().length >= 2 && r.from !== r.to))
  return (text: string) =>
    // A nine-digit run could be a BSN typed into a note; a plan that promises pseudonymity masks it.
    replace(text).replace(/(?<!\d)\d{9}(?!\d)/g, '*********')
}

/** 'Wmo 2015, art. 2.1.4 lid 3' — the engine gives the article without the 'art.' prefix. */
export function citation(basis: { law: string; article: string }, t?: Translate): string {
  const text = t ? formatArticle(basis.article, t) : basis.article
  const article = /^\d/.test(text) ? `art. ${text}` : text
  return `${basis.law}, ${article}`
}

/** Monthly rules repeat a finding per month and per line; the plan states it once with its period. */
export function groupFindings(findings: Finding[]): FindingGroup[] {
  return groupSharedFindings(findings)
}

function periodText(t: Translate, months: string[], language: FormatLanguage): string | null {
  const formatYearMonth = (month: string) => formatYearMonthIn(month, language)
  if (months.length === 0) return null
  const periods = monthPeriods(months)
  if (periods.length === 1 && periods[0]?.[0] === periods[0]?.[1])
    return t('reports.plan.inMonth', { month: formatYearMonth(periods[0]?.[0] ?? '') })
  return periods
    .map(([from, to]) =>
      from === to
        ? formatYearMonth(from)
        : t('reports.plan.fromTo', { from: formatYearMonth(from), to: formatYearMonth(to) }),
    )
    .join(', ')
}

function nonZeroPayers(rows: Record<Payer, CentsInput>[]): Payer[] {
  return PAYERS.filter((p) => rows.some((r) => (r[p] ?? 0) !== 0))
}

/** The whole plan; see the module comment. */
export function buildPlanPdf(input: PlanPdfInput): Uint8Array {
  const { t, household, language } = input
  // Amounts and dates in the plan's language, whatever the screen's language is.
  const formatCents = (cents: CentsInput) => formatCentsIn(cents, language)
  const formatDate = (date: string | null | undefined) => formatDateIn(date, language)
  const formatNumber = (value: number) => formatNumberIn(value, language)
  const formatYearMonth = (month: string) => formatYearMonthIn(month, language)
  const redact = makeRedactor(input.pseudonymised, input.redactions)
  const scenario = input.scenarios.find((s) => s.id === input.scenarioId)
  if (!scenario) throw new Error(`buildPlanPdf: scenario ${input.scenarioId} not in the case`)
  const result = input.results[scenario.id]
  if (!result) throw new Error(`buildPlanPdf: no result for scenario ${scenario.id}`)

  const people = new Map<string, Person>(household.members.map((p) => [p.id, p]))
  const carers = new Map<string, Carer>(household.carers.map((c) => [c.id, c]))
  const personName = (id: string | null | undefined) => (id ? (people.get(id)?.name ?? id) : '')
  const carerName = (id: string | null | undefined) => (id ? (carers.get(id)?.name ?? id) : '')
  const lineById = new Map(scenario.lines.map((l) => [l.id, l]))
  const lineResult = new Map(result.lines.map((l) => [l.lineId, l]))

  const pdf = new PdfWriter(t('reports.plan.title'))
  const title = t('reports.plan.title')
  pdf.title(title, redact(`${household.label} — ${scenario.name}`))
  pdf.keyValues([
    [t('reports.plan.generatedOn'), formatDate(input.generatedAt.slice(0, 10))],
    [t('reports.plan.scenario'), redact(scenario.name)],
    [
      t('reports.plan.status'),
      scenario.chosen
        ? t('reports.plan.chosenOn', { date: formatDate(scenario.chosen.on) })
        : t('reports.plan.notChosen'),
    ],
    [
      t('reports.plan.period'),
      t('reports.plan.periodValue', {
        start: formatDate(scenario.startDate),
        months: scenario.horizonMonths,
      }),
    ],
  ])
  if (input.pseudonymised)
    pdf.paragraph(
      t(
        input.amountsDifferFromScreen
          ? 'oneTruth.plan.pseudonymisedAmountsDiffer'
          : 'reports.plan.pseudonymisedNotice',
      ),
      { italic: true, color: COLORS.muted },
    )
  if (scenario.description) pdf.paragraph(redact(scenario.description))

  // 1. Household
  pdf.heading(t('reports.plan.sections.household'))
  pdf.table(
    [
      { header: t('reports.plan.cols.name'), width: 34 },
      { header: t('reports.plan.cols.role'), width: 22 },
      {
        header: input.pseudonymised ? t('reports.plan.cols.birthYear') : t('reports.plan.cols.born'),
        width: 30,
      },
      { header: t('reports.plan.cols.livesIn'), width: 16 },
      { header: t('reports.plan.cols.income'), width: 34 },
      ...(input.pseudonymised ? [] : [{ header: t('reports.plan.cols.bsn'), width: 22 }]),
    ],
    household.members.map((p) => [
      redact(p.name),
      t(`reports.roles.${p.role}`),
      input.pseudonymised
        ? p.birthDate.slice(0, 4)
        : `${formatDate(p.birthDate)} (${t('reports.plan.age', { age: ageOnOrNull(p.birthDate, scenario.startDate) ?? 0 })})`,
      p.livesIn === false ? t('reports.no') : t('reports.yes'),
      `${t(`reports.income.${p.income.kind}`)}${p.income.netMonthlyCents > 0 ? `, ${formatCents(p.income.netMonthlyCents)} ${t('reports.plan.perMonthNet')}` : ''}`,
      ...(input.pseudonymised ? [] : [p.bsn ? maskBsn(p.bsn) : '—']),
    ]),
  )
  if (household.members.some((p) => p.wlzIndication)) {
    for (const p of household.members.filter((m) => m.wlzIndication)) {
      pdf.paragraph(
        redact(
          t('reports.plan.wlzIndication', { name: p.name, from: formatDate(p.wlzIndication?.from ?? null) }),
        ),
      )
    }
  }

  // 2. Needs (ZRM)
  pdf.heading(t('reports.plan.sections.needs'))
  const assessed = household.members.filter((p) => p.zrm && Object.keys(p.zrm.scores).length > 0)
  if (assessed.length === 0) pdf.paragraph(t('reports.plan.noAssessment'))
  else pdf.paragraph(t('reports.plan.zrmExplained'), { fontSize: 9, color: COLORS.muted })
  const open = unmetNeeds(result)
  for (const person of assessed) {
    const zrm = person.zrm
    if (!zrm) continue
    pdf.heading(redact(t('reports.plan.zrmOf', { name: person.name, date: formatDate(zrm.assessedOn) })), 2)
    for (const domain of ZRM_DOMAINS) {
      const score = zrm.scores[domain] ?? null
      if (score === null) continue
      const target = zrm.targets?.[domain] ?? null
      const covered = result.coverage.find((c) => c.personId === person.id && c.domain === domain)
      const value =
        target !== null
          ? t('reports.plan.scoreWithTarget', { score, target })
          : t('reports.plan.score', { score })
      pdf.scoreBar(
        `${t(`zrm.domain.${domain}`)}${covered && open.includes(covered) ? ' *' : ''}`,
        score,
        5,
        target,
        value,
      )
    }
    pdf.gap(1)
  }
  if (unmetNeeds(result).length > 0) {
    pdf.paragraph(t('reports.plan.uncoveredMark'), { fontSize: 8.5, color: COLORS.muted })
  }

  // 3. Arrangement per law
  pdf.heading(t('reports.plan.sections.arrangement'))
  const byLaw = new Map<Law, typeof scenario.lines>()
  for (const line of scenario.lines) {
    const law = input.provision(line.provisionId).law
    byLaw.set(law, [...(byLaw.get(law) ?? []), line])
  }
  if (scenario.lines.length === 0) pdf.paragraph(t('reports.plan.noLines'))
  for (const law of LAW_ORDER) {
    const lines = byLaw.get(law)
    if (!lines || lines.length === 0) continue
    pdf.heading(t(`reports.laws.${law}`), 2)
    pdf.table(
      [
        { header: t('reports.plan.cols.provision'), width: 34 },
        { header: t('reports.plan.cols.for'), width: 20 },
        { header: t('reports.plan.cols.volume'), width: 23 },
        { header: t('reports.plan.cols.form'), width: 26 },
        { header: t('reports.plan.cols.provider'), width: 23 },
        { header: t('reports.plan.cols.period'), width: 23 },
        { header: t('reports.plan.cols.cost'), width: 25, align: 'right' },
      ],
      lines.map((line) => {
        const lr = lineResult.get(line.id)
        const provider = line.carerId ? carerName(line.carerId) : (line.provider ?? '—')
        const volume =
          line.unit === 'euro'
            ? `${formatCents(Math.round(line.volume * 100))} ${t(`reports.frequency.${line.frequency}`)}`
            : `${formatNumber(line.volume)} ${t(`reports.units.${line.unit}`, { count: line.volume })} ${t(`reports.frequency.${line.frequency}`)}`
        return [
          `${input.provision(line.provisionId).label}${lr && !lr.eligible ? ` (${t('reports.plan.notAllowed')})` : ''}`,
          redact(personName(line.personId)),
          volume,
          t(`reports.deliveryForms.${line.deliveryForm}`),
          redact(provider),
          line.endDate
            ? t('reports.plan.fromTo', { from: formatDate(line.startDate), to: formatDate(line.endDate) })
            : t('reports.plan.fromOpen', { from: formatDate(line.startDate) }),
          lr ? formatCents(lr.totalCents) : '—',
        ]
      }),
    )
    for (const line of lines.filter((l) => l.note)) {
      pdf.paragraph(`${input.provision(line.provisionId).label}: ${redact(line.note ?? '')}`, {
        fontSize: 8.5,
        color: COLORS.muted,
      })
    }
  }
  pdf.paragraph(t('reports.plan.lineCostExplained'), { fontSize: 8.5, color: COLORS.muted })

  // 4. Grounds
  pdf.heading(t('reports.plan.sections.grounds'))
  const grouped = groupFindings(result.findings)
  if (grouped.length === 0) pdf.paragraph(t('reports.plan.noFindings'))
  for (const { finding, months } of grouped) {
    const line = finding.lineId ? lineById.get(finding.lineId) : undefined
    const params = {
      ...formatFindingParams(finding.params, {
        birthDatePrecision: input.pseudonymised ? 'year' : 'day',
        format: { cents: formatCents, date: formatDate, month: formatYearMonth, number: formatNumber },
      }),
      ...(typeof finding.params.domain === 'string'
        ? { domain: t(`zrm.domain.${finding.params.domain}`) }
        : {}),
      ...(typeof finding.params.deliveryForm === 'string'
        ? { deliveryForm: t(`reports.deliveryForms.${finding.params.deliveryForm}`) }
        : {}),
      person: personName(finding.personId ?? line?.personId),
      carer: carerName(finding.carerId ?? line?.carerId),
      provision: line
        ? input.provision(line.provisionId).label
        : typeof finding.params.provisionId === 'string'
          ? input.provision(finding.params.provisionId).label
          : '',
    }
    const message = hasTranslation(t, finding.messageKey)
      ? t(finding.messageKey, params)
      : t('explain.unknownFinding')
    // What the finding is about, unless the text already says so.
    const about = [
      line ? input.provision(line.provisionId).label : null,
      finding.personId || line?.personId ? personName(finding.personId ?? line?.personId) : null,
      finding.carerId ? carerName(finding.carerId) : null,
    ]
      .filter((part): part is string => Boolean(part) && !message.includes(part as string))
      .join(', ')
    const basis = `${t('reports.plan.legalBasis')}: ${citation(finding.legalBasis, t)}${
      finding.legalBasis.verified ? '' : ` (${t('reports.plan.unverified')})`
    }`
    const period = periodText(t, months, language)
    pdf.marked(
      SEVERITY_COLOR[finding.severity],
      t(`reports.severity.${finding.severity}`),
      redact(about ? `${message} (${about})` : message),
      redact([basis, period].filter(Boolean).join(' · ')),
    )
  }

  // 5. Costs per payer and year
  pdf.heading(t('reports.plan.sections.costs'))
  const years = Object.keys(result.totalsByYear).sort()
  const yearRows = years.map((y) => result.totalsByYear[y] as Record<Payer, CentsInput>)
  const payers = nonZeroPayers([...yearRows, result.totalByPayer])
  if (payers.length === 0) {
    pdf.paragraph(t('reports.plan.noCosts'))
  } else {
    pdf.table(
      [
        { header: t('reports.plan.cols.payer'), width: 40 },
        ...years.map((y) => ({ header: y, width: 22, align: 'right' as const })),
        { header: t('reports.plan.cols.total'), width: 24, align: 'right' },
      ],
      [
        ...payers
          .filter((p) => isMunicipalBudgetLine(p))
          .map((p) => [
            t(`money.payers.${p}`),
            ...yearRows.map((row) => formatCents(row[p] ?? 0)),
            formatCents(result.totalByPayer[p] ?? 0),
          ]),
        [
          t('money.municipalNet'),
          ...yearRows.map((row) => formatCents(municipalNetCents(row))),
          formatCents(municipalNetCents(result.totalByPayer)),
        ],
        ...payers
          .filter((p) => !isMunicipalBudgetLine(p))
          .map((p) => [
            t(`money.payers.${p}`),
            ...yearRows.map((row) => formatCents(row[p] ?? 0)),
            formatCents(result.totalByPayer[p] ?? 0),
          ]),
        [
          t('money.grossCare'),
          ...yearRows.map((row) => formatCents(grossCareCents(row))),
          formatCents(grossCareCents(result.totalByPayer)),
        ],
        [
          t('money.cashTotal'),
          ...yearRows.map((row) => formatCents(sumCash(row))),
          formatCents(sumCash(result.totalByPayer)),
        ],
      ],
      { boldLastRow: true },
    )
    pdf.keyValues(
      [
        [t('money.municipalNet'), formatCents(sumMunicipal(result.totalByPayer))],
        [t('money.municipalNetPerMonth'), formatCents(municipalNetPerMonthCents(result))],
      ],
      80,
    )
    pdf.paragraph(t('money.basis'), { fontSize: 8.5, color: COLORS.muted })
    if ((result.totalByPayer.informal ?? 0) > 0) {
      pdf.paragraph(t('reports.plan.informalExplained'), { fontSize: 8.5, color: COLORS.muted })
    }
  }

  // 6. Eigen bijdrage
  pdf.heading(t('reports.plan.sections.eigenBijdrage'))
  const clientTotal = result.totalByPayer.client ?? 0
  if (clientTotal === 0) {
    pdf.paragraph(t('reports.plan.noEigenBijdrage'))
  } else {
    const monthsWith = result.monthly.filter((m) => (m.byPayer.client ?? 0) > 0)
    const first = monthsWith[0]
    pdf.paragraph(
      t('reports.plan.eigenBijdrageSummary', {
        monthly: formatCents(first?.byPayer.client ?? 0),
        from: first ? formatYearMonth(first.month) : '',
        months: monthsWith.length,
        total: formatCents(clientTotal),
      }),
    )
    pdf.table(
      [
        { header: t('reports.plan.cols.year'), width: 30 },
        { header: t('reports.plan.cols.eigenBijdrage'), width: 40, align: 'right' },
      ],
      years.map((y) => [y, formatCents((result.totalsByYear[y] as Record<Payer, CentsInput>).client ?? 0)]),
    )
  }
  pdf.paragraph(t('reports.plan.eigenBijdrageExplained'), { fontSize: 8.5, color: COLORS.muted })

  // 6b. Onderbouwing: each amount in words, with figures and sources (the same text as on screen).
  pdf.heading(t('explain.title'))
  for (const text of explanationTexts(
    t,
    explainAmounts(scenario, result),
    {
      person: personName,
      carer: carerName,
      provision: (id) => input.provision(id).label,
      ...(input.tariffs ? { tariffCitation: tariffCitationLookup(input.tariffs) } : {}),
    },
    language,
  ))
    // Names here come from the (already pseudonymised) household; the texts are the app's own words.
    pdf.paragraph(text, { fontSize: 8.5 })

  // 7. Carer plan
  pdf.heading(t('reports.plan.sections.carers'))
  if (household.carers.length === 0) {
    pdf.paragraph(t('reports.plan.noCarers'))
  } else {
    pdf.table(
      [
        { header: t('reports.plan.cols.carer'), width: 30 },
        { header: t('reports.plan.cols.relation'), width: 24 },
        { header: t('reports.plan.cols.hoursPlanned'), width: 24, align: 'right' },
        { header: t('reports.plan.cols.capacity'), width: 24, align: 'right' },
        { header: t('reports.plan.cols.burden'), width: 20, align: 'right' },
        { header: t('reports.plan.cols.consent'), width: 18 },
        { header: t('reports.plan.cols.load'), width: 36 },
      ],
      household.carers.map((c) => {
        const cr = result.carers.find((r) => r.carerId === c.id)
        const load = cr
          ? [
              cr.intensive ? t('reports.plan.intensive') : null,
              cr.overloaded ? t('reports.plan.overloaded') : null,
            ]
              .filter(Boolean)
              .join(', ') || t('reports.plan.sustainable')
          : '—'
        return [
          redact(c.name),
          t(`reports.relations.${c.relation}`),
          formatNumber(cr?.hoursPerWeek ?? 0),
          formatNumber(cr?.capacityHoursPerWeek ?? c.capacityHoursPerWeek),
          c.burdenScore === null || c.burdenScore === undefined ? '—' : `${c.burdenScore}/15`,
          c.consent ? t('reports.yes') : t('reports.no'),
          load,
        ]
      }),
    )
    const respite = scenario.lines.filter((l) => input.provision(l.provisionId).respite)
    if (respite.length > 0) {
      pdf.paragraph(t('reports.plan.respiteIntro'), { bold: true })
      for (const l of respite) {
        pdf.paragraph(
          redact(
            `• ${input.provision(l.provisionId).label}: ${formatNumber(l.volume)} ${t(`reports.units.${l.unit}`, { count: l.volume })} ${t(`reports.frequency.${l.frequency}`)} (${personName(l.personId)})`,
          ),
          { indent: 3 },
        )
      }
    } else if (result.carers.some((c) => c.intensive)) {
      pdf.paragraph(t('reports.plan.noRespite'), { color: COLORS.warning })
    }
  }

  // 8. Alternatives
  pdf.heading(t('reports.plan.sections.alternatives'))
  const alternatives = input.scenarios.filter((s) => s.id !== scenario.id)
  if (alternatives.length === 0) {
    pdf.paragraph(t('reports.plan.noAlternatives'))
  } else {
    const own = sumMunicipal(result.totalByPayer)
    pdf.table(
      [
        { header: t('reports.plan.cols.scenario'), width: 44 },
        { header: t('reports.plan.cols.municipal'), width: 28, align: 'right' },
        { header: t('reports.plan.cols.difference'), width: 28, align: 'right' },
        { header: t('reports.plan.cols.whyNot'), width: 70 },
      ],
      alternatives.map((alt) => {
        const r = input.results[alt.id]
        if (!r) return [redact(alt.name), '—', '—', t('reports.plan.notEvaluated')]
        const municipal = sumMunicipal(r.totalByPayer)
        const reasons: string[] = []
        const blocking = r.findings.filter((f) => f.severity === 'blocking').length
        if (blocking > 0) reasons.push(t('reports.plan.reasonBlocking', { count: blocking }))
        if (municipal > own)
          reasons.push(t('reports.plan.reasonCostlier', { amount: formatCents(municipal - own) }))
        const overloaded = r.carers.filter((c) => c.overloaded).length
        if (overloaded > 0) reasons.push(t('reports.plan.reasonOverload', { count: overloaded }))
        const uncovered = unmetNeeds(r).length
        if (uncovered > 0) reasons.push(t('reports.plan.reasonUncovered', { count: uncovered }))
        if (reasons.length === 0) reasons.push(t('reports.plan.reasonSeeReasoning'))
        return [
          redact(alt.name),
          formatCents(municipal),
          `${municipal - own > 0 ? '+' : ''}${formatCents(municipal - own)}`,
          reasons.join('; '),
        ]
      }),
    )
  }
  if (scenario.chosen?.reasoning) {
    pdf.paragraph(t('reports.plan.reasoning'), { bold: true })
    pdf.paragraph(redact(scenario.chosen.reasoning))
  }

  // 9. Deviations
  pdf.heading(t('reports.plan.sections.deviations'))
  const deviations = scenario.deviations ?? []
  if (deviations.length === 0) {
    pdf.paragraph(t('reports.plan.noDeviations'))
  } else {
    pdf.table(
      [
        { header: t('reports.plan.cols.rule'), width: 40 },
        { header: t('reports.plan.cols.about'), width: 36 },
        { header: t('reports.plan.cols.reason'), width: 70 },
        { header: t('reports.plan.cols.decidedOn'), width: 24 },
      ],
      deviations.map((d) => {
        const line = d.lineId ? lineById.get(d.lineId) : undefined
        return [
          t(`rule.${d.ruleId}`, { defaultValue: t('explain.unknownFinding') }),
          redact(
            [
              line ? input.provision(line.provisionId).label : null,
              d.personId ? personName(d.personId) : null,
            ]
              .filter(Boolean)
              .join(', ') || '—',
          ),
          redact(d.reason),
          formatDate(d.decidedOn),
        ]
      }),
    )
  }

  // 10. Procedure dates
  pdf.heading(t('reports.plan.sections.procedure'))
  const dates = household.dates ?? {}
  const procedure: [string, string][] = [
    [t('reports.plan.dates.melding'), formatDate(dates.melding ?? null)],
    [t('reports.plan.dates.onderzoekAfgerond'), formatDate(dates.onderzoekAfgerond ?? null)],
    [t('reports.plan.dates.aanvraag'), formatDate(dates.aanvraag ?? null)],
    [t('reports.plan.dates.beschikking'), formatDate(dates.beschikking ?? null)],
  ]
  if (dates.melding) {
    procedure.push([
      t('reports.plan.dates.onderzoekDeadline'),
      formatDate(addDays(dates.melding, valueAt(WMO_ONDERZOEK_DAYS, dates.melding))),
    ])
  }
  if (dates.aanvraag) {
    procedure.push([
      t('reports.plan.dates.beschikkingDeadline'),
      formatDate(addDays(dates.aanvraag, valueAt(WMO_BESCHIKKING_DAYS, dates.aanvraag))),
    ])
  }
  pdf.keyValues(procedure, 70)
  pdf.paragraph(t('reports.plan.procedureExplained'), { fontSize: 8.5, color: COLORS.muted })

  return pdf.finish(
    redact(`${title} — ${household.label}`),
    input.pseudonymised ? t('reports.plan.pseudonymisedMark') : t('reports.plan.confidentialMark'),
    (page, count) => t('reports.plan.pageOf', { page, count }),
  )
}
