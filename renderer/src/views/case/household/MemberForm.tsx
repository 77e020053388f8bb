import { useId, useState, type FormEvent } from 'react'
import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { DateInput } from '../../controls/DateInput'
import { useStores } from '../../../stores/store-context'
import type { IncomeKind, MemberRole, Person } from '../../../../../shared/domain/types'
import {
  centsToEuroInput,
  localToday,
  parseEuroToCents,
  validateBirthDate,
  validateDate,
  type FieldError,
} from '../validation'
import { FieldMessage } from '../FieldMessage'

const ROLES: readonly MemberRole[] = ['client', 'partner', 'child', 'housemate']
const INCOME_KINDS: readonly IncomeKind[] = [
  'none',
  'work',
  'bijstand',
  'aow',
  'pension',
  'benefit',
  'student',
]

type Draft = {
  name: string
  birthDate: string
  role: MemberRole
  livesIn: boolean
  incomeKind: IncomeKind
  netMonthly: string
  wlzFrom: string
  bsn: string
}

function draftOf(member: Person | null): Draft {
  return {
    name: member?.name ?? '',
    birthDate: member?.birthDate ?? '',
    role: member?.role ?? 'client',
    livesIn: member?.livesIn ?? true,
    incomeKind: member?.income.kind ?? 'none',
    netMonthly: member ? centsToEuroInput(member.income.netMonthlyCents) : '',
    wlzFrom: member?.wlzIndication?.from ?? '',
    bsn: member?.bsn ?? '',
  }
}

/** Validates a member draft field by field; the BSN check is the elfproef of the engine. */
export function validateMemberDraft(
  draft: Draft,
  isValidBsn: (value: string) => boolean,
  today: string,
): Partial<Record<keyof Draft, FieldError>> {
  const errors: Partial<Record<keyof Draft, FieldError>> = {}
  if (!draft.name.trim()) errors.name = { key: 'required' }
  const birth = validateBirthDate(draft.birthDate, today)
  if (birth) errors.birthDate = birth
  const amount = parseEuroToCents(draft.netMonthly)
  if (!amount.ok) errors.netMonthly = amount.error
  const wlz = validateDate(draft.wlzFrom)
  if (wlz) errors.wlzFrom = wlz
  const bsn = draft.bsn.replace(/\s/g, '')
  if (bsn && !isValidBsn(bsn)) errors.bsn = { key: 'bsn' }
  return errors
}

/** Adds or edits one member; nothing is stored until every field is valid. */
export const MemberForm = observer(function MemberForm({
  member,
  onDone,
}: {
  member: Person | null
  onDone: () => void
}) {
  const { t } = useTranslation()
  const { openCase, engine } = useStores()
  const [draft, setDraft] = useState<Draft>(() => draftOf(member))
  // The stored version this draft was taken from: saving it over another window's later change is a conflict.
  const [basedOn] = useState(() => openCase.editBase())
  const [touched, setTouched] = useState<Partial<Record<keyof Draft, boolean>>>({})
  const [submitted, setSubmitted] = useState(false)
  const id = useId()
  const errors = validateMemberDraft(draft, engine.isValidBsn, localToday())
  const shown = (key: keyof Draft) => ((submitted || touched[key]) && errors[key]) || null
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }))
    setTouched((tt) => ({ ...tt, [key]: true }))
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSubmitted(true)
    if (Object.keys(errors).length > 0) return
    const amount = parseEuroToCents(draft.netMonthly)
    const bsn = draft.bsn.replace(/\s/g, '')
    const person: Person = {
      ...(member ?? {}),
      id: member?.id ?? globalThis.crypto.randomUUID(),
      name: draft.name.trim(),
      birthDate: draft.birthDate,
      role: draft.role,
      livesIn: draft.livesIn,
      income: { kind: draft.incomeKind, netMonthlyCents: amount.ok ? amount.cents : 0 },
      wlzIndication: draft.wlzFrom ? { from: draft.wlzFrom } : null,
      bsn: bsn || null,
    }
    if (await openCase.saveMember(person, basedOn)) onDone()
  }
  const field = (key: keyof Draft) => ({
    id: `${id}-${key}`,
    'aria-invalid': Boolean(shown(key)),
    'aria-describedby': shown(key) ? `${id}-${key}-error` : undefined,
  })
  return (
    <form className="card member-form" onSubmit={(e) => void submit(e)} noValidate>
      <h4>{member ? t('cases.household.editMember') : t('cases.household.newMember')}</h4>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('cases.household.name')}</label>
          <input
            {...field('name')}
            value={draft.name}
            autoFocus
            onChange={(e) => set('name', e.target.value)}
          />
          <FieldMessage id={`${id}-name-error`} error={shown('name')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-birthDate`}>{t('cases.household.birthDate')}</label>
          <DateInput
            {...field('birthDate')}
            value={draft.birthDate}
            onChange={(value) => set('birthDate', value)}
          />
          <FieldMessage id={`${id}-birthDate-error`} error={shown('birthDate')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>{t('cases.household.role')}</label>
          <select
            {...field('role')}
            value={draft.role}
            onChange={(e) => set('role', e.target.value as MemberRole)}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`cases.household.roles.${role}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-checkbox">
          <label>
            <input
              type="checkbox"
              checked={draft.livesIn}
              onChange={(e) => set('livesIn', e.target.checked)}
            />{' '}
            {t('cases.household.livesIn')}
          </label>
        </div>
        <div className="field">
          <label htmlFor={`${id}-incomeKind`}>{t('cases.household.incomeKind')}</label>
          <select
            {...field('incomeKind')}
            value={draft.incomeKind}
            onChange={(e) => set('incomeKind', e.target.value as IncomeKind)}
          >
            {INCOME_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`cases.household.incomeKinds.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-netMonthly`}>{t('cases.household.netMonthly')}</label>
          <input
            {...field('netMonthly')}
            inputMode="decimal"
            value={draft.netMonthly}
            onChange={(e) => set('netMonthly', e.target.value)}
          />
          <FieldMessage id={`${id}-netMonthly-error`} error={shown('netMonthly')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-wlzFrom`}>{t('cases.household.wlz')}</label>
          <DateInput
            {...field('wlzFrom')}
            value={draft.wlzFrom}
            onChange={(value) => set('wlzFrom', value)}
          />
          <FieldMessage id={`${id}-wlzFrom-error`} error={shown('wlzFrom')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-bsn`}>{t('cases.household.bsn')}</label>
          <input
            {...field('bsn')}
            inputMode="numeric"
            autoComplete="off"
            value={draft.bsn}
            onChange={(e) => set('bsn', e.target.value)}
          />
          <p className="help">{t('cases.household.bsnHelp')}</p>
          <FieldMessage id={`${id}-bsn-error`} error={shown('bsn')} />
        </div>
      </div>
      {submitted && Object.keys(errors).length > 0 && (
        <p className="field-error" role="alert">
          {t('cases.validation.notSaved')}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="primary">
          {t('common.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
})
