import { useTranslation } from 'react-i18next'
import type { FieldError } from './validation'

/** The inline message under an input that holds an invalid value (nothing was stored). */
export function FieldMessage({ id, error }: { id: string; error: FieldError | null }) {
  const { t } = useTranslation()
  if (!error) return null
  const params = { ...error.params }
  if (typeof params.period === 'string') params.period = t(`cases.arrangement.frequencies.${params.period}`)
  return (
    <p id={id} className="field-error" role="alert">
      {t(`cases.validation.${error.key}`, params)}
    </p>
  )
}
