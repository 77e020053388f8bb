import { observer } from 'mobx-react-lite'
import { Link } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { useStores } from '../../stores/store-context'
import { CASE_STAGES } from '#shared/case-flow/stage'
import { formatDate } from '../../format/format'
import { Deadline } from './Deadline'

/**
 * The head of an open case: the procedure stage it is in (derived from the recorded dates and
 * choices), the running legal deadline, the evaluation date, and what is still missing before the
 * next step — each item a link to the tab that fixes it.
 */
export const CaseHeader = observer(function CaseHeader() {
  const { t } = useTranslation()
  const { openCase } = useStores()
  const status = openCase.caseStatus
  if (!status) return null
  const current = CASE_STAGES.indexOf(status.stage)
  const deadline = status.nextDeadline
  return (
    <section className="case-header card" aria-labelledby="case-header-title">
      <h2 id="case-header-title" className="visually-hidden">
        {t('caseFlow.title')}
      </h2>
      <ol className="stage-steps" aria-label={t('caseFlow.stageLabel')}>
        {CASE_STAGES.map((stage, index) => (
          <li
            key={stage}
            className={index < current ? 'done' : index === current ? 'current' : 'todo'}
            aria-current={index === current ? 'step' : undefined}
          >
            {t(`caseFlow.stages.${stage}`)}
          </li>
        ))}
      </ol>
      <p className="case-stage" data-testid="case-stage">
        <strong>
          {t('caseFlow.stageLabel')}: {t(`caseFlow.stages.${status.stage}`)}
        </strong>{' '}
        <span className="muted">({t(`caseFlow.law.${status.law}`)})</span>
        {deadline && (
          <>
            {' · '}
            <span className={`deadline deadline-${deadline.status}`} data-testid="case-deadline">
              <Deadline deadline={deadline} />
            </span>
          </>
        )}
        {status.law === 'jeugdwet' && status.stage === 'onderzoek' && (
          <>
            {' · '}
            <span className="muted">{t('caseFlow.deadline.noOnderzoekTerm')}</span>
          </>
        )}
        {status.evaluation && (
          <>
            {' · '}
            <span data-testid="case-evaluation">
              {t('caseFlow.evaluation.label')}: {formatDate(status.evaluation.date)}{' '}
              <span className="muted">({t(`caseFlow.evaluation.source.${status.evaluation.source}`)})</span>
            </span>
          </>
        )}
      </p>
      <div className="case-missing">
        <h3 id="case-missing-title">{t('caseFlow.missingTitle')}</h3>
        {status.missing.length === 0 ? (
          <p className="muted">{t('caseFlow.nothingMissing')}</p>
        ) : (
          <ul aria-labelledby="case-missing-title" data-testid="case-missing">
            {status.missing.map((item, index) => (
              <li key={`${item.code}-${index}`} data-code={item.code}>
                <Link to={item.tab}>
                  {t(`caseFlow.missing.${item.code}`, {
                    ...item.params,
                    ...(typeof item.params.date === 'string' ? { date: formatDate(item.params.date) } : {}),
                  })}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  )
})
