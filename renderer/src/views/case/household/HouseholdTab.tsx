import { useRef, useState } from 'react'
import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { useStores } from '../../../stores/store-context'
import type { Person, ProcedureDates } from '#shared/domain/types'
import { formatCents, formatDate } from '../../../format/format'
import { localToday } from '../../common/validation'
import { PROCEDURE_DATE_KEYS } from '#shared/case-flow/procedure'
import { DateInput } from '../../common/DateInput'
import { retentionOf } from '#shared/case-flow/retention'
import { ConfirmTarget } from '../../common/ConfirmDialog'
import { RowTable } from '../../common/RowTable'
import { Field } from '../../common/Field'
import { useDraftForm } from '../../common/useDraftForm'
import { labelCheck } from '../../common/household-label'
import { procedureCheck, procedureDraftOf } from './household-drafts'
import { MemberForm } from './MemberForm'
import { UnsavedDraftNotice } from '../../common/UnsavedDraftNotice'
import { Deadline } from '../Deadline'
import { RowActions } from '../../common/RowActions'
import { ageOnOrNull } from '#shared/domain/dates'

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
  const form = useDraftForm({ initial: () => ({ label: stored }), ...labelCheck })
  // The stored version the typing started from: saving over another window's later change is a conflict.
  const basedOn = useRef<number | null>(null)
  // Untouched, the field shows what is stored, so it follows a change made in another window.
  const [seen, setSeen] = useState(stored)
  if (stored !== seen) {
    setSeen(stored)
    if (!form.dirty) form.reset({ label: stored })
  }
  const input = form.text('label')
  const commit = form.submit(async ({ label }) => {
    const ok = label === stored || (await openCase.updateHousehold({ label }, basedOn.current))
    if (ok) form.reset({ label })
    // Another window changed the household first: show what is stored now (the conflict banner says so).
    else if (openCase.conflict) form.reset({ label: openCase.household?.label ?? '' })
    // Any other refusal (a full disk) keeps the typed name in the field, unsaved, to save again.
    return ok
  })
  return (
    <div className="card">
      <Field form={form} name="label" label={t('cases.household.label')}>
        <input
          {...input}
          readOnly={startup.readOnly}
          onChange={(e) => {
            if (!form.dirty) basedOn.current = openCase.editBase()
            input.onChange(e)
          }}
          onBlur={() => {
            if (form.dirty) commit()
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && form.dirty) commit()
          }}
        />
      </Field>
      <UnsavedDraftNotice failed={form.saveFailed} onRetry={() => commit()} />
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
        <RowTable
          className="members-table"
          actions
          columns={[
            { key: 'name', label: t('cases.household.name') },
            { key: 'role', label: t('cases.household.role') },
            { key: 'birthDate', label: t('cases.household.birthDate') },
            { key: 'income', label: t('cases.household.incomeKind') },
            { key: 'wlz', label: t('cases.household.wlz') },
            { key: 'bsn', label: t('cases.household.bsn') },
          ]}
        >
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
                {member.income.netMonthlyCents > 0 ? ` · ${formatCents(member.income.netMonthlyCents)}` : ''}
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
        </RowTable>
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
      <ConfirmTarget
        target={removing}
        title={t('cases.household.removeMember')}
        confirmLabel={t('common.delete')}
        danger
        onClose={() => setRemoving(null)}
        onConfirm={(member) => void openCase.deleteMember(member.id)}
        body={(member) => <p>{t('cases.household.removeMemberConfirm', { name: member.name })}</p>}
      />
    </div>
  )
})

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
  const deadlines = openCase.caseStatus?.deadlines ?? []
  // The stored version the draft was last taken from (it follows every stored change below).
  const [basedOn, setBasedOn] = useState(() => openCase.editBase())
  const form = useDraftForm({
    initial: () => procedureDraftOf(stored),
    ...procedureCheck(stored, localToday()),
    reveal: 'changed',
    // Stable ids ('date-melding', its picker 'date-melding-picker'): tests and notes name the fields by them.
    idPrefix: 'date',
    onValidChange: (dates) => openCase.updateHousehold({ dates }, basedOn),
  })
  // A stored change (ours, or another window's) that the draft does not already show replaces it.
  const storedDraft = procedureDraftOf(stored)
  const storedKey = JSON.stringify(storedDraft)
  const [seen, setSeen] = useState(storedKey)
  if (storedKey !== seen) {
    setSeen(storedKey)
    setBasedOn(openCase.editBase())
    // Except over a draft whose save is running or was refused (a full disk): that stays as typed.
    const keepDraft = form.holdsUnsaved && !openCase.conflict
    if (storedKey !== JSON.stringify(form.draft) && !keepDraft) form.reset(storedDraft)
  }
  return (
    <div className="card" aria-labelledby="procedure-title">
      <h3 id="procedure-title">{t('cases.household.procedure')}</h3>
      <p className="help">{t('cases.household.procedureHelp')}</p>
      <div className="form-grid">
        {PROCEDURE_DATE_KEYS.map((key) => (
          <Field key={key} form={form} name={key} label={t(`cases.household.dates.${key}`)}>
            <DateInput {...form.date(key)} readOnly={startup.readOnly} />
          </Field>
        ))}
      </div>
      <UnsavedDraftNotice failed={form.saveFailed} onRetry={form.retry} />
      <RetentionNote />
      {deadlines.length > 0 && (
        // The same deadlines as the case header (shared/case-flow): one source, the law's own terms.
        <ul className="deadlines" data-testid="procedure-deadlines">
          {deadlines.map((deadline) => (
            <li key={deadline.step} className={`deadline deadline-${deadline.status}`}>
              <Deadline deadline={deadline} />
            </li>
          ))}
        </ul>
      )}
    </div>
  )
})
