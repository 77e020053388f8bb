import { useTranslation } from 'react-i18next'
import type { DeadlineStatus, ProcedureDeadline } from '#shared/case-flow/procedure'
import { formatDate } from '../../format/format'

const BADGE: Record<DeadlineStatus, string> = {
  passed: 'badge sev-blocking',
  near: 'badge sev-warning',
  late: 'badge sev-warning',
  open: 'badge',
  met: 'badge',
}

/**
 * One legal deadline of the procedure, as the case header and the household tab show it: the step
 * and its due date, its status, and the article it stands on (marked when that is not verified).
 */
export function Deadline({ deadline }: { deadline: ProcedureDeadline }) {
  const { t } = useTranslation()
  const { legalBasis } = deadline
  return (
    <>
      {t(`caseFlow.deadline.${deadline.step}`, { date: formatDate(deadline.due) })}{' '}
      <span className={BADGE[deadline.status]}>{t(`caseFlow.deadline.status.${deadline.status}`)}</span>{' '}
      <span className="muted">
        ({t('caseFlow.deadline.basis', { law: legalBasis.law, article: legalBasis.article })}
        {legalBasis.verified ? '' : `; ${t('caseFlow.deadline.unverified')}`})
      </span>
    </>
  )
}
