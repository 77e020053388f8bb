import { useTranslation } from 'react-i18next'
import { formatYearMonth } from '../../format/format'
import { monthPeriods } from '#shared/decision/finding-groups'

/** Months as periods in words: "jan 2026 t/m mrt 2026, jun 2026". */
export function useMonthsText(): (months: readonly string[]) => string {
  const { t } = useTranslation()
  return (months) =>
    monthPeriods(months)
      .map(([from, to]) =>
        from === to
          ? formatYearMonth(from)
          : t('explain.period', { from: formatYearMonth(from), to: formatYearMonth(to) }),
      )
      .join(', ')
}
