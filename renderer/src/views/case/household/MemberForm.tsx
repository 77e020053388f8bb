import { useState } from 'react'
import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { DateInput } from '../../common/DateInput'
import { Field } from '../../common/Field'
import { FormFooter } from '../../common/FormFooter'
import { useDraftForm } from '../../common/useDraftForm'
import { useStores } from '../../../stores/store-context'
import { personSchema } from '#shared/case-file/schema'
import { INCOME_KINDS, MEMBER_ROLES } from '#shared/case-file/enums'
import type { IncomeKind, IsoDateInput, MemberRole, Person } from '#shared/domain/types'
import type { DraftCheck, FieldErrors } from '../../common/draft-form'
import {
  centsToEuroInput,
  localToday,
  parseEuroToCents,
  readBirthDate,
  readDate,
} from '../../common/validation'

type MemberDraft = {
  name: string
  birthDate: string
  role: MemberRole
  livesIn: boolean
  incomeKind: IncomeKind
  netMonthly: string
  /** Box-3 assets in euro; empty: unknown. */
  assets: string
  wlzFrom: string
  bsn: string
}

export function memberDraftOf(member: Person | null): MemberDraft {
  return {
    name: member?.name ?? '',
    birthDate: member?.birthDate ?? '',
    role: member?.role ?? 'client',
    livesIn: member?.livesIn ?? true,
    incomeKind: member?.income.kind ?? 'none',
    netMonthly: member ? centsToEuroInput(member.income.netMonthlyCents) : '',
    assets: member?.assetsCents != null ? centsToEuroInput(member.assetsCents) : '',
    wlzFrom: member?.wlzIndication?.from ?? '',
    bsn: member?.bsn ?? '',
  }
}

/**
 * Reads a member draft into the `Person` to store and checks it with the case file's person schema
 * (required name, real dates, amount bounds, the BSN's elfproef); a birth date in the future or before
 * 1900 is refused by the form as implausible.
 */
export function memberCheck(
  member: Person | null,
  id: string,
  today: IsoDateInput,
): DraftCheck<MemberDraft, Person> {
  return {
    schema: personSchema,
    fields: {
      'income.netMonthlyCents': 'netMonthly',
      assetsCents: 'assets',
      'wlzIndication.from': 'wlzFrom',
    },
    read: (draft) => {
      const errors: FieldErrors<MemberDraft> = {}
      const birth = readBirthDate(draft.birthDate, today)
      if (!birth.ok) errors.birthDate = birth.error
      const amount = parseEuroToCents(draft.netMonthly)
      if (!amount.ok) errors.netMonthly = amount.error
      // Empty is "unknown" (null), not € 0: the engine then shows the contribution as an estimate.
      const assets = draft.assets.replace(/[€\s]/g, '') === '' ? null : parseEuroToCents(draft.assets)
      if (assets && !assets.ok) errors.assets = assets.error
      const wlz = readDate(draft.wlzFrom)
      if (!wlz.ok) errors.wlzFrom = wlz.error
      const bsn = draft.bsn.replace(/\s/g, '')
      return {
        errors,
        value: {
          ...(member ?? {}),
          id,
          name: draft.name.trim(),
          birthDate: draft.birthDate,
          role: draft.role,
          livesIn: draft.livesIn,
          income: { kind: draft.incomeKind, netMonthlyCents: amount.ok ? amount.value : 0 },
          assetsCents: assets?.ok ? assets.value : null,
          wlzIndication: wlz.ok && wlz.value ? { from: wlz.value } : null,
          bsn: bsn || null,
        },
      }
    },
  }
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
  const { openCase } = useStores()
  const [personId] = useState(() => member?.id ?? globalThis.crypto.randomUUID())
  // The stored version this draft was taken from: saving it over another window's later change is a conflict.
  const [basedOn] = useState(() => openCase.editBase())
  const form = useDraftForm({
    initial: () => memberDraftOf(member),
    ...memberCheck(member, personId, localToday()),
  })
  const save = async (person: Person) => {
    const ok = await openCase.saveMember(person, basedOn)
    if (ok) onDone()
    return ok
  }
  return (
    <form className="card member-form" onSubmit={form.submit(save)} noValidate>
      <h4>{member ? t('cases.household.editMember') : t('cases.household.newMember')}</h4>
      <div className="form-grid">
        <Field form={form} name="name" label={t('cases.household.name')}>
          <input {...form.text('name')} autoFocus />
        </Field>
        <Field form={form} name="birthDate" label={t('cases.household.birthDate')}>
          <DateInput {...form.date('birthDate')} />
        </Field>
        <Field form={form} name="role" label={t('cases.household.role')}>
          <select {...form.text('role')}>
            {MEMBER_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`cases.household.roles.${role}`)}
              </option>
            ))}
          </select>
        </Field>
        <div className="field field-checkbox">
          <label>
            <input {...form.checkbox('livesIn')} /> {t('cases.household.livesIn')}
          </label>
        </div>
        <Field form={form} name="incomeKind" label={t('cases.household.incomeKind')}>
          <select {...form.text('incomeKind')}>
            {INCOME_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`cases.household.incomeKinds.${kind}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field form={form} name="netMonthly" label={t('cases.household.netMonthly')} money>
          <input {...form.text('netMonthly')} inputMode="decimal" />
        </Field>
        <Field
          form={form}
          name="assets"
          label={t('cases.household.assets')}
          help={t('cases.household.assetsHelp')}
          money
        >
          <input {...form.text('assets')} inputMode="decimal" />
        </Field>
        <Field form={form} name="wlzFrom" label={t('cases.household.wlz')}>
          <DateInput {...form.date('wlzFrom')} />
        </Field>
        <Field form={form} name="bsn" label={t('cases.household.bsn')} help={t('cases.household.bsnHelp')}>
          <input {...form.text('bsn')} inputMode="numeric" autoComplete="off" />
        </Field>
      </div>
      <FormFooter notSaved={form.notSaved} saveFailed={form.saveFailed} onCancel={onDone} />
    </form>
  )
})
