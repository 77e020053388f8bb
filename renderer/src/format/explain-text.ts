/**
 * Words for the structured explanations of shared/decision/explain-amounts.ts, shared by the
 * arrangement panel and the plan PDF so both say the same ("Onderbouwing").
 */
import type { Frequency, Unit } from '#shared/domain/types'
import type { AmountExplanation } from '#shared/decision/explain-amounts'
import {
  activeFormatLanguage,
  formatCents as formatCentsIn,
  formatNumber as formatNumberIn,
  formatYearMonth as formatYearMonthIn,
  type FormatLanguage,
} from './format'
import { formatArticle, formatCitation, formatSourceCitation, type TariffCitationLookup } from './citation'

type T = (key: string, options?: Record<string, unknown>) => string

/** "1 dagdeel per week", "3 dagdelen per week", "€ 1.250,00 in totaal" — singular and plural right. */
function formatVolume(
  t: T,
  volume: number,
  unit: Unit,
  frequency: Frequency,
  language: FormatLanguage = activeFormatLanguage(),
): string {
  if (unit === 'euro')
    return `${formatCentsIn(Math.round(volume * 100), language)} ${t(`reports.frequency.${frequency}`)}`
  return `${formatNumberIn(volume, language)} ${t(`reports.units.${unit}`, { count: volume })} ${t(`reports.frequency.${frequency}`)}`
}

type ExplainNames = {
  person: (id: string | null | undefined) => string
  carer: (id: string | null | undefined) => string
  provision: (id: string) => string
  /** The structured citation of the tariff behind a line's rate, when the profile has one. */
  tariffCitation?: TariffCitationLookup
}

/** The explanations in `t`'s language; amounts and months formatted in `language` (the same one). */
export function explanationTexts(
  t: T,
  items: readonly AmountExplanation[],
  names: ExplainNames,
  language: FormatLanguage = activeFormatLanguage(),
): string[] {
  const formatCents = (cents: number) => formatCentsIn(cents, language)
  const formatNumber = (value: number) => formatNumberIn(value, language)
  const formatYearMonth = (month: string) => formatYearMonthIn(month, language)
  const cite = (sources: readonly string[]) =>
    [...new Set(sources.filter(Boolean).map((s) => formatCitation(s, t, language)))].join('; ') ||
    t('explain.noPublication')
  return items.map((item) => {
    switch (item.kind) {
      case 'line': {
        const common = {
          provision: names.provision(item.provisionId),
          person: names.person(item.personId),
          carer: names.carer(item.carerId),
          form: t(`reports.deliveryForms.${item.deliveryForm}`),
          volume: formatVolume(t, item.volume, item.unit, item.frequency, language),
          rate: formatCents(item.rateCents),
          unitName: t(`reports.units.${item.unit}`, { count: 1 }),
          total: formatCents(item.totalCents),
          perMonth: formatCents(item.perMonthCents),
          source: ((citation) =>
            citation ? formatSourceCitation(citation, t, language) : cite([item.rateSource]))(
            names.tariffCitation?.(item.provisionId, item.deliveryForm, item.rateSource),
          ),
        }
        const base = item.informal
          ? t('explain.informalLine', common)
          : item.unit === 'euro'
            ? t('explain.lineAmount', common)
            : t('explain.line', common)
        const deduction =
          item.deductionHoursPerWeek > 0
            ? ` ${t('explain.deduction', { hours: formatNumber(item.deductionHoursPerWeek) })}`
            : ''
        const notAllowed = item.allowed ? '' : ` ${t('explain.notAllowed')}`
        return base + deduction + notAllowed
      }
      case 'eigen-bijdrage': {
        const citation = `${item.legalBasis.law} art. ${formatArticle(item.legalBasis.article, t)}`
        if (item.totalCents === 0)
          return t('explain.noEigenBijdrage', {
            citation,
            reason: t(`explain.noEigenBijdrageReason.${item.status}`, {
              defaultValue: t('explain.noEigenBijdrageReason.other'),
            }),
          })
        return t('explain.eigenBijdrage', {
          amount: formatCents(item.monthlyCents),
          month: formatYearMonth(item.month),
          citation,
          reason: t(`explain.eigenBijdrageReason.${item.status}`, {
            person: names.person(item.personId),
            defaultValue: t('explain.eigenBijdrageReason.other'),
          }),
          total: formatCents(item.totalCents),
          source: cite(item.sources),
        })
      }
      case 'bijstand':
        return t('explain.bijstand', {
          amount: formatCents(item.monthlyCents),
          month: formatYearMonth(item.month),
          total: formatCents(item.totalCents),
          citation: item.legalBasis
            ? `${item.legalBasis.law} art. ${formatArticle(item.legalBasis.article, t)}`
            : '—',
          source: cite(item.sources),
        })
      case 'municipal-per-month':
        return t('explain.municipalPerMonth', {
          amount: formatCents(item.perMonthCents),
          total: formatCents(item.totalCents),
          count: item.months,
        })
    }
  })
}
