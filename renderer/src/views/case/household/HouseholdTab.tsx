import { useId, useState } from 'react'
import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { useStores } from '../../../stores/store-context'
import type { Person, ProcedureDates } from '../../../../../shared/domain/types'
import { formatCents, formatDate } from '../../../format/format'
import { localToday, validateDate, type FieldError } from '../../common/validation'
import {
  checkProcedureDates,
  PROCEDURE_DATE_KEYS,
  type ProcedureDateKey,
} from '../../../../../shared/case-flow/procedure'
import { DateInput } from '../../common/DateInput'
import { retentionOf } from '../../../../../shared/case-flow/retention'
import { ConfirmDialog } from '../../common/ConfirmDialog'
import { FieldMessage } from '../../common/FieldMessage'
import { MemberForm } from './MemberForm'
import { RowActions } from '../../common/RowActions'
import { ageOnOrNull } from '../../../../../shared/domain/dates'

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
  // A draft exists only while the user is typing: otherwise the field shows what is stored, so it
  // follows a change made in another window, and a blur never writes back an old name.
  const [draft, setDraft] = useState<{ text: string; basedOn: number | null } | null>(null)
  const [error, setError] = useState(false)
  const id = useId()
  const commit = () => {
    if (!draft) return
    if (!draft.text.trim()) {
      setError(true)
      return
    }
    setDraft(null)
    if (draft.text.trim() !== stored)
      void openCase.updateHousehold({ label: draft.text.trim() }, draft.basedOn)
  }
  return (
    <div className="card">
      <label htmlFor={id}>{t('cases.household.label')}</label>{' '}
      <input
        id={id}
        value={draft?.text ?? stored}
        readOnly={startup.readOnly}
        aria-invalid={error}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          const text = e.target.value
          setDraft((d) => ({ text, basedOn: d ? d.basedOn : openCase.editBase() }))
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
                  {formatDate(member.birthDate)} ({ageOnOrNull(member.birthDate, today) ?? ''})
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

/** For a closed case: until when it is kept, on which basis (issue 12 item 9). */
const RetentionNote = observer(function RetentionNote() {
  const { t } = useTranslation()
  const { openCase } = useStores()
  const household = openCase.household
  if (!household) return null
  const retention = retentionOf({ household, scenarios: openCase.scenarios, asOf: localToday() })
  if (!retention) return null
  return (
    <p className="help" data-testid="retention-note">
      {t('retention.caseKept', {
        date: formatDate(retention.retainUntil),
        term: t('retention.term', { years: retention.years }),
        category: t(`retention.categories.${retention.category}`),
        basis: `${retention.legalBasis.law}, ${retention.legalBasis.article}`,
      })}{' '}
      {!retention.verified && <span className="badge sev-warning">{t('retention.unverified')}</span>}
    </p>
  )
})

const ProcedureCard = observer(function ProcedureCard() {
  const { t } = useTranslation()
  const { openCase, startup } = useStores()
  const stored: ProcedureDates = openCase.household?.dates ?? {}
  const [drafts, setDrafts] = useState<Record<string, string>>({})
  const [errors, setErrors] = useState<Record<string, FieldError | null>>({})
  const [conflicts, setConflicts] = useState<Record<string, string | null>>({})
  const today = localToday()
  const deadlines = openCase.caseStatus?.deadlines ?? []
  const label = (key: ProcedureDateKey) => t(`cases.household.dates.${key}`)
  const commit = (key: ProcedureDateKey, value: string) => {
    setDrafts((d) => ({ ...d, [key]: value }))
    const error = validateDate(value)
    setErrors((e) => ({ ...e, [key]: error }))
    setConflicts((c) => ({ ...c, [key]: null }))
    if (error) return
    // Valid: the field shows the stored value again (and so follows other windows' changes).
    setDrafts((d) => {
      const rest = { ...d }
      delete rest[key]
      return rest
    })
    const next: ProcedureDates = { ...stored, [key]: value === '' ? null : value }
    // A procedure date that cannot be true (onderzoek afgerond before the melding…) is refused.
    const before = new Set(checkProcedureDates(stored, today).map((p) => `${p.key}|${p.code}`))
    const added = checkProcedureDates(next, today).filter((p) => !before.has(`${p.key}|${p.code}`))
    const problem = added.find((p) => p.key === key) ?? added[0]
    if (problem) {
      const otherKey =
        problem.code === 'before-aanvraag'
          ? 'aanvraag'
          : problem.code === 'before-beschikking'
            ? 'beschikking'
            : 'melding'
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
      <RetentionNote />
      {deadlines.length > 0 && (
        // The same deadlines as the case header (shared/case-flow): one source, the law's own terms.
        <ul className="deadlines" data-testid="procedure-deadlines">
          {deadlines.map((deadline) => (
            <li key={deadline.step} className={`deadline deadline-${deadline.status}`}>
              {t(`caseFlow.deadline.${deadline.step}`, { date: formatDate(deadline.due) })}{' '}
              <span
                className={`badge ${deadline.status === 'passed' ? 'sev-blocking' : deadline.status === 'near' || deadline.status === 'late' ? 'sev-warning' : ''}`}
              >
                {t(`caseFlow.deadline.status.${deadline.status}`)}
              </span>{' '}
              <span className="muted">
                (
                {t('caseFlow.deadline.basis', {
                  law: deadline.legalBasis.law,
                  article: deadline.legalBasis.article,
                })}
                {deadline.legalBasis.verified ? '' : `; ${t('caseFlow.deadline.unverified')}`})
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
})
