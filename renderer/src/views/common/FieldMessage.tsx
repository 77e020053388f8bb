import { useTranslation } from 'react-i18next'
import { CASE_FILE_ERROR_CODES, type CaseFileErrorCode } from '#shared/case-file/errors'
import { getProvision } from '#shared/catalogue'
import { formatCents, formatDate, formatNumber } from '../../format/format'
import type { FieldError } from './validation'

const CASE_FILE_CODES = new Set<string>(CASE_FILE_ERROR_CODES)

function isCaseFileCode(code: string): code is CaseFileErrorCode {
  return CASE_FILE_CODES.has(code)
}

/**
 * The inline message under an input that holds an invalid value (nothing was stored). Case-file codes
 * speak the case file's words (`casefile.<code>`), input codes the form's (`forms.<code>`).
 * Parameters read as the consultant reads them: dates as dates, bounds of an amount (`money`) in
 * euros, provisions, delivery forms and procedure steps by their names (never an internal id).
 */
export function FieldMessage({
  id,
  error,
  money = false,
}: {
  id: string
  error: FieldError | null
  money?: boolean
}) {
  const { t } = useTranslation()
  if (!error) return null
  const params: Record<string, string | number> = {}
  for (const [key, value] of Object.entries(error.params ?? {})) {
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) params[key] = formatDate(value)
    else if (key === 'deliveryForm') params[key] = t(`cases.arrangement.deliveryForms.${value}`)
    else if (key === 'provisionId' && typeof value === 'string') {
      const provision = getProvision(value)
      params[key] = provision ? t(provision.labelKey, { defaultValue: value }) : value
    } else if (key === 'procedureStep') params[key] = t(`cases.household.dates.${value}`)
    else if (typeof value === 'number' && (key === 'minimum' || key === 'maximum'))
      params[key] = money ? formatCents(value) : formatNumber(value)
    else params[key] = value
  }
  const key = isCaseFileCode(error.code) ? `casefile.${error.code}` : `forms.${error.code}`
  return (
    <p id={id} className="field-error" role="alert">
      {t(key, params)}
    </p>
  )
}
