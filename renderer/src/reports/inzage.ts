/**
 * The resident's access export (inzage, GDPR art. 15): everything stored about one household as JSON
 * (machine-readable, complete) and as a readable PDF, including the audit entries about the household.
 * Pure: the caller loads the case file and the audit entries.
 */
import type { CaseFile } from '#shared/domain/types'
import type { AuditEntry } from '../data/api'
import { formatCents, formatDate, formatNumber, formatTimestamp } from '../format/format'
import { encodeUtf8 } from './csv'
import { PdfWriter } from './pdf-writer'
import type { Translate } from './translate'

export type ResidentAccessInput = {
  caseFile: CaseFile
  /** The stored content no longer fits its content MAC (changed outside Maatwerk): said in the document. */
  contentChanged?: boolean
  audit: AuditEntry[]
  generatedAt: string
  t: Translate
  provisionLabel: (provisionId: string) => string
}

export const RESIDENT_ACCESS_FORMAT = 'maatwerk.inzage'

export function buildResidentAccessJson(input: ResidentAccessInput): Uint8Array {
  const document = {
    format: RESIDENT_ACCESS_FORMAT,
    formatVersion: 1,
    exportedAt: input.generatedAt,
    ...(input.contentChanged
      ? { contentCheck: { changedOutsideMaatwerk: true, note: input.t('reports.inzage.contentChanged') } }
      : {}),
    caseFile: input.caseFile,
    audit: input.audit,
  }
  return encodeUtf8(JSON.stringify(document, null, 2))
}

export function buildResidentAccessPdf(input: ResidentAccessInput): Uint8Array {
  const { t, caseFile } = input
  const { household } = caseFile
  const pdf = new PdfWriter(t('reports.inzage.title'))
  pdf.title(t('reports.inzage.title'), household.label)
  pdf.paragraph(t('reports.inzage.intro'))
  if (input.contentChanged) pdf.paragraph(t('reports.inzage.contentChanged'))
  pdf.keyValues([[t('reports.inzage.exportedOn'), formatTimestamp(input.generatedAt)]])

  pdf.heading(t('reports.inzage.members'))
  for (const person of household.members) {
    pdf.heading(person.name, 2)
    const zrm = person.zrm
    pdf.keyValues([
      [t('reports.plan.cols.role'), t(`reports.roles.${person.role}`)],
      [t('reports.plan.cols.born'), formatDate(person.birthDate)],
      [t('reports.inzage.bsnShown'), person.bsn ?? '—'],
      [t('reports.plan.cols.livesIn'), person.livesIn === false ? t('reports.no') : t('reports.yes')],
      [
        t('reports.plan.cols.income'),
        `${t(`reports.income.${person.income.kind}`)}, ${formatCents(person.income.netMonthlyCents)}`,
      ],
      [t('reports.inzage.assets'), person.assetsCents != null ? formatCents(person.assetsCents) : '—'],
      ['Wlz', person.wlzIndication ? formatDate(person.wlzIndication.from) : '—'],
      [
        'ZRM',
        zrm
          ? `${formatDate(zrm.assessedOn)}: ${Object.entries(zrm.scores)
              .map(([domain, score]) => `${t(`zrm.domain.${domain}`)} ${score}`)
              .join(', ')}`
          : '—',
      ],
    ])
  }

  pdf.heading(t('reports.inzage.carers'))
  if (household.carers.length === 0) pdf.paragraph('—')
  for (const carer of household.carers) {
    pdf.keyValues([
      [t('reports.plan.cols.carer'), carer.name],
      [t('reports.plan.cols.relation'), t(`reports.relations.${carer.relation}`)],
      [
        t('reports.plan.cols.capacity'),
        `${formatNumber(carer.capacityHoursPerWeek)} ${t('reports.frequency.week')}`,
      ],
      [t('reports.plan.cols.burden'), carer.burdenScore == null ? '—' : `${carer.burdenScore}/15`],
      [t('reports.plan.cols.consent'), carer.consent ? t('reports.yes') : t('reports.no')],
    ])
  }

  pdf.heading(t('reports.inzage.dates'))
  const dates = household.dates ?? {}
  pdf.keyValues([
    [t('reports.plan.dates.melding'), formatDate(dates.melding ?? null)],
    [t('reports.plan.dates.onderzoekAfgerond'), formatDate(dates.onderzoekAfgerond ?? null)],
    [t('reports.plan.dates.aanvraag'), formatDate(dates.aanvraag ?? null)],
    [t('reports.plan.dates.beschikking'), formatDate(dates.beschikking ?? null)],
  ])

  pdf.heading(t('reports.inzage.scenarios'))
  for (const scenario of caseFile.scenarios) {
    pdf.heading(`${scenario.name} (${scenario.lines.length} ${t('reports.inzage.lines')})`, 2)
    if (scenario.description) pdf.paragraph(scenario.description)
    pdf.table(
      [
        { header: t('reports.plan.cols.provision'), width: 50 },
        { header: t('reports.plan.cols.for'), width: 30 },
        { header: t('reports.plan.cols.volume'), width: 34 },
        { header: t('reports.plan.cols.form'), width: 30 },
        { header: t('reports.plan.cols.period'), width: 30 },
      ],
      scenario.lines.map((line) => [
        input.provisionLabel(line.provisionId),
        household.members.find((m) => m.id === line.personId)?.name ?? line.personId,
        `${formatNumber(line.volume)} ${t(`reports.units.${line.unit}`, { count: line.volume })} ${t(`reports.frequency.${line.frequency}`)}`,
        t(`reports.deliveryForms.${line.deliveryForm}`),
        line.endDate
          ? t('reports.plan.fromTo', { from: formatDate(line.startDate), to: formatDate(line.endDate) })
          : t('reports.plan.fromOpen', { from: formatDate(line.startDate) }),
      ]),
    )
    for (const deviation of scenario.deviations ?? []) {
      pdf.paragraph(`${deviation.ruleId}: ${deviation.reason} (${formatDate(deviation.decidedOn)})`, {
        fontSize: 9,
      })
    }
    if (scenario.chosen)
      pdf.paragraph(`${t('reports.plan.reasoning')}: ${scenario.chosen.reasoning}`, { fontSize: 9 })
  }

  // The cost-of-doing-nothing selection is case data too (art. 15: everything recorded).
  pdf.heading(t('reports.inzage.doNothing.title'))
  const doNothing = caseFile.doNothing
  if (!doNothing || doNothing.risks.length === 0) pdf.paragraph(t('reports.inzage.doNothing.none'))
  else {
    pdf.paragraph(
      t('reports.inzage.doNothing.period', {
        from: formatDate(doNothing.startDate),
        months: doNothing.horizonMonths,
      }),
    )
    for (const risk of doNothing.risks) {
      pdf.keyValues([
        [
          t(`decision.doNothing.kinds.${risk.kind}`),
          [
            t('reports.inzage.doNothing.likelihood', {
              percent: formatNumber(Math.round(risk.likelihood * 1000) / 10),
              source: risk.likelihoodSource || '—',
            }),
            risk.annualCostCents == null
              ? t('reports.inzage.doNothing.referenceCost')
              : t('reports.inzage.doNothing.cost', {
                  amount: formatCents(risk.annualCostCents),
                  source: risk.costSource || '—',
                }),
            t('reports.inzage.doNothing.onset', { months: risk.onsetMonths }),
            ...(risk.carerId
              ? [household.carers.find((c) => c.id === risk.carerId)?.name ?? risk.carerId]
              : []),
          ].join('; '),
        ],
      ])
    }
  }

  pdf.heading(t('reports.inzage.audit'))
  if (input.audit.length === 0) pdf.paragraph(t('reports.inzage.noAudit'))
  else
    pdf.table(
      [
        { header: t('reports.inzage.auditCols.at'), width: 36 },
        { header: t('reports.inzage.auditCols.actor'), width: 34 },
        { header: t('reports.inzage.auditCols.action'), width: 40 },
        { header: t('reports.inzage.auditCols.object'), width: 40 },
        { header: t('reports.inzage.auditCols.result'), width: 20 },
      ],
      input.audit.map((entry) => [
        formatTimestamp(entry.at),
        entry.actor,
        entry.action,
        entry.objectType,
        entry.result,
      ]),
      { fontSize: 8 },
    )

  return pdf.finish(
    `${t('reports.inzage.title')} — ${household.label}`,
    t('reports.plan.confidentialMark'),
    (page, count) => t('reports.plan.pageOf', { page, count }),
  )
}
