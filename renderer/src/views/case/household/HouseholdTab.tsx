import { useId, useState } from 'react'
import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { useStores } from '../../../stores/store-context'
import type { IsoDate, Person, ProcedureDates } from '../../../../../shared/domain/types'
import { formatCents, formatDate } from '../../../format/format'
import { localToday, validateDate, type FieldError } from '../../common/validation'
import { procedureDeadlines } from './procedure-deadlines'
import {
  checkProcedureDates,
  PROCEDURE_DATE_KEYS,
  type ProcedureDateKey,
} from '../../../../../shared/case-flow/procedure'
import { DateInput } from '../../common/DateInput'
import { ConfirmDialog } from '../../common/ConfirmDialog'
import { FieldMessage } from '../../common/FieldMessage'
import { MemberForm } from './MemberForm'
import { RowActions } from '../../common/RowActions'

/** Huishouden: the household's name, its members and the procedure dates with their legal time limits. */
export const HouseholdTab = observer(function HouseholdTab() {
  const { t } = useTranslation()
  const { openCase } = useStores()
  const household = openCase.household
  if (!household) return null
  return (
    <section aria-labelledby="household-tab-title" className="household-tab">
      <h2 id="household-tab-title" className="visually-hidden">
        {t('cases.household.title')}
      </h2>
      <LabelField key={household.id} />
      <MembersCard />
      <ProcedureCard />
    </section>
  )
})

const LabelField = observer(function LabelField() {
  const { t } = useTranslation()
  const { openCase, startup } = useStores()
  const stored = openCase.household?.label ?? ''
  const [draft, setDraft] = useState(stored)
  const [error, setError] = useState(false)
  const id = useId()
  const commit = () => {
    if (!draft.trim()) {
      setError(true)
      return
    }
    if (draft.trim() !== stored) void openCase.updateHousehold({ label: draft.trim() })
  }
  return (
    <div className="card">
      <label htmlFor={id}>{t('cases.household.label')}</label>{' '}
      <input
        id={id}
        value={draft}
        readOnly={startup.readOnly}
        aria-invalid={error}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          setDraft(e.target.value)
          setError(false)
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit()
        }}
      />
      <FieldMessage id={`${id}-error`} error={error ? { code: 'empty' } : null} />
    </div>
  )
})

/** Age in whole years on a date (date-only arithmetic). */
function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number]
  const [y, m, d] = on.split('-').map(Number) as [number, number, number]
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0)
}

const MembersCard = observer(function MembersCard() {
  const { t } = useTranslation()
  const { openCase, engine, startup } = useStores()
  const [editing, setEditing] = useState<Person | 'new' | null>(null)
  const [removing, setRemoving] = useState<Person | null>(null)
  const members = openCase.household?.members ?? []
  const today = localToday()
  return (
    <div className="card" aria-labelledby="members-title">
      <h3 id="members-title">{t('cases.household.members')}</h3>
      {members.length === 0 ? (
        <p className="empty-state">{t('cases.household.noMembers')}</p>
      ) : (
        <table className="members-table">
          <thead>
            <tr>
              <th scope="col">{t('cases.household.name')}</th>
              <th scope="col">{t('cases.household.role')}</th>
              <th scope="col">{t('cases.household.birthDate')}</th>
              <th scope="col">{t('cases.household.incomeKind')}</th>
              <th scope="col">{t('cases.household.wlz')}</th>
              <th scope="col">{t('cases.household.bsn')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('cases.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.id}>
                <th scope="row">
                  {member.name}
                  {member.livesIn === false ? '' : ''}
                </th>
                <td>{t(`cases.household.roles.${member.role}`)}</td>
                <td>
                  {formatDate(member.birthDate)} ({ageOn(member.birthDate, today)})
                </td>
                <td>
                  {t(`cases.household.incomeKinds.${member.income.kind}`)}
                  {member.income.netMonthlyCents > 0
                    ? ` · ${formatCents(member.income.netMonthlyCents)}`
                    : ''}
                </td>
                <td>{member.wlzIndication ? formatDate(member.wlzIndication.from) : '—'}</td>
                <td>{member.bsn ? engine.maskBsn(member.bsn) : '—'}</td>
                <td>
                  {!startup.readOnly && (
                    <RowActions
                      name={member.name}
                      editLabel={t('cases.household.editMember')}
                      deleteLabel={t('cases.household.removeMember')}
                      onEdit={() => setEditing(member)}
                      onDelete={() => setRemoving(member)}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing ? (
        <MemberForm
          key={editing === 'new' ? 'new' : editing.id}
          member={editing === 'new' ? null : editing}
          onDone={() => setEditing(null)}
        />
      ) : (
        !startup.readOnly && (
          <div className="button-row">
            <button type="button" className="primary" onClick={() => setEditing('new')}>
              {t('cases.household.addMember')}
            </button>
          </div>
        )
      )}
      {removing && (
        <ConfirmDialog
          title={t('cases.household.removeMember')}
          confirmLabel={t('common.delete')}
          danger
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            const target = removing
            setRemoving(null)
            void openCase.deleteMember(target.id)
          }}
        >
          <p>{t('cases.household.removeMemberConfirm', { name: removing.name })}</p>
        </ConfirmDialog>
      )}
    </div>
  )
})

const DATE_KEYS = PROCEDURE_DATE_KEYS

const ProcedureCard = observer(function ProcedureCard() {
  const { t } = useTranslation()
  const { openCase, startup } = useStores()
  const stored: ProcedureDates = openCase.household?.dates ?? {}
  const [drafts, setDrafts] = useState<Record<string, string>>({})
  const [errors, setErrors] = useState<Record<string, FieldError | null>>({})
  const [conflicts, setConflicts] = useState<Record<string, string | null>>({})
  const today = localToday()
  const deadlines = procedureDeadlines(stored, today)
  const label = (key: ProcedureDateKey) => t(`cases.household.dates.${key}`)
  const commit = (key: ProcedureDateKey, value: string) => {
    setDrafts((d) => ({ ...d, [key]: value }))
    const error = validateDate(value)
    setErrors((e) => ({ ...e, [key]: error }))
    setConflicts((c) => ({ ...c, [key]: null }))
    if (error) return
    const next: ProcedureDates = { ...stored, [key]: value === '' ? null : value }
    // A procedure date that cannot be true (onderzoek afgerond before the melding…) is refused.
    const before = new Set(checkProcedureDates(stored, today).map((p) => `${p.key}|${p.code}`))
    const added = checkProcedureDates(next, today).filter((p) => !before.has(`${p.key}|${p.code}`))
    const problem = added.find((p) => p.key === key) ?? added[0]
    if (problem) {
      const otherKey = problem.code === 'before-aanvraag' ? 'aanvraag' : 'melding'
      setConflicts((c) => ({
        ...c,
        [key]:
          problem.code === 'in-future'
            ? t('caseFlow.procedure.future', {
                field: label(problem.key),
                date: formatDate(next[problem.key]),
              })
            : t('caseFlow.procedure.before', {
                field: label(problem.key),
                date: formatDate(next[problem.key]),
                other: label(otherKey),
                otherDate: formatDate(problem.other),
              }),
      }))
      return
    }
    void openCase.updateHousehold({ dates: next })
  }
  return (
    <div className="card" aria-labelledby="procedure-title">
      <h3 id="procedure-title">{t('cases.household.procedure')}</h3>
      <p className="help">{t('cases.household.procedureHelp')}</p>
      <div className="form-grid">
        {DATE_KEYS.map((key) => {
          const invalid = Boolean(errors[key]) || Boolean(conflicts[key])
          return (
            <div key={key} className="field">
              <label htmlFor={`date-${key}`}>{label(key)}</label>
              <DateInput
                id={`date-${key}`}
                readOnly={startup.readOnly}
                value={drafts[key] ?? stored[key] ?? ''}
                aria-invalid={invalid}
                aria-describedby={invalid ? `date-${key}-error` : undefined}
                onChange={(value) => commit(key, value)}
              />
              <FieldMessage id={`date-${key}-error`} error={errors[key] ?? null} />
              {conflicts[key] && (
                <p id={`date-${key}-error`} className="field-error" role="alert">
                  {conflicts[key]}
                </p>
              )}
            </div>
          )
        })}
      </div>
      {deadlines.length > 0 && (
        <ul className="deadlines">
          {deadlines.map((deadline) => (
            <li key={deadline.kind} className={`deadline deadline-${deadline.status}`}>
              {t(
                deadline.kind === 'onderzoek'
                  ? 'cases.household.deadlineOnderzoek'
                  : 'cases.household.deadlineBeschikking',
                {
                  date: formatDate(deadline.due),
                },
              )}{' '}
              {deadline.status === 'passed' && (
                <strong className="badge sev-blocking">{t('cases.household.deadlinePassed')}</strong>
              )}
              {deadline.status === 'late' && (
                <strong className="badge sev-warning">{t('cases.household.deadlineLate')}</strong>
              )}
              {deadline.status === 'met' && <span className="badge">{t('cases.household.deadlineMet')}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
})
