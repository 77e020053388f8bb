import { useState } from 'react'
import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { useStores } from '../../../stores/store-context'
import type { Carer, CarerAgeGroup, CarerRelation, Person } from '#shared/domain/types'
import { carerSchema } from '#shared/case-file/schema'
import { CARER_AGE_GROUPS, CARER_RELATIONS } from '#shared/case-file/enums'
import { formatNumber } from '../../../format/format'
import { ConfirmTarget } from '../../common/ConfirmDialog'
import { RowTable } from '../../common/RowTable'
import { FieldMessage } from '../../common/FieldMessage'
import { numberToInput, parseDecimal } from '../../common/validation'
import type { DraftCheck, FieldErrors } from '../../common/draft-form'
import { Field } from '../../common/Field'
import { FormFooter } from '../../common/FormFooter'
import { useDraftForm } from '../../common/useDraftForm'
import { CarerBadges } from '../../common/CarerBadges'
import { RowActions } from '../../common/RowActions'

/** A change in hours with its sign: '+4', '−2,5', '0'. */
function formatSignedHours(change: number): string {
  if (change === 0) return formatNumber(0)
  return `${change > 0 ? '+' : '−'}${formatNumber(Math.abs(change))}`
}

/** EDIZ-plus: 9 or more of 15 means overloaded (docs/legal-reference.md#overload). */
const EDIZ_PLUS_OVERLOAD = 9

/** Netwerk: mantelzorgers and volunteers, their capacity, burden and consent, and their load in the scenario. */
export const NetworkTab = observer(function NetworkTab() {
  const { t } = useTranslation()
  const { openCase, startup, comparison } = useStores()
  const [editing, setEditing] = useState<Carer | 'new' | null>(null)
  const [removing, setRemoving] = useState<Carer | null>(null)
  const household = openCase.household
  if (!household) return null
  // "Geeft" follows the chosen arrangement (else the one selected on the Arrangement tab), and says which.
  const loadScenario = openCase.scenarios.find((s) => s.chosen) ?? openCase.selectedScenario
  const loadResult = loadScenario ? comparison.evaluateScenario(loadScenario).result : null
  const loadOf = (carerId: string) => loadResult?.carers.find((c) => c.carerId === carerId)
  return (
    <section aria-labelledby="network-tab-title" className="network-tab">
      <h2 id="network-tab-title">{t('cases.network.title')}</h2>
      <p className="help">{t('cases.network.intro')}</p>
      {loadScenario && (
        <p className="help" data-testid="network-load-scenario">
          {t('networkLoad.basis', { name: loadScenario.name })}
        </p>
      )}
      <div className="card">
        {household.carers.length === 0 ? (
          <p className="empty-state">{t('emptyTabs.network')}</p>
        ) : (
          <RowTable
            className="carers-table"
            actions
            columns={[
              { key: 'name', label: t('cases.network.name') },
              { key: 'relation', label: t('cases.network.relation') },
              { key: 'ageGroup', label: t('carerForm.ageGroupColumn') },
              { key: 'caresFor', label: t('cases.network.caresFor') },
              { key: 'hoursToday', label: t('carerForm.hoursTodayColumn'), numeric: true },
              { key: 'hoursGiven', label: t('cases.network.hoursGiven'), numeric: true },
              { key: 'capacity', label: t('cases.network.hoursCapacity'), numeric: true },
              { key: 'workHours', label: t('cases.network.workHours'), numeric: true },
              { key: 'burden', label: t('carerForm.burdenColumn'), numeric: true },
              { key: 'consent', label: t('cases.network.consentColumn') },
            ]}
          >
            {household.carers.map((carer) => {
              const load = loadOf(carer.id)
              return (
                <tr key={carer.id}>
                  <th scope="row">{carer.name}</th>
                  <td>{t(`cases.network.relations.${carer.relation}`)}</td>
                  <td>{carer.ageGroup ? t(`carerForm.ageGroups.${carer.ageGroup}`) : '—'}</td>
                  <td>{carer.caresFor.map((id) => openCase.personName(id)).join(', ')}</td>
                  <td className="num" data-testid="carer-hours-today">
                    {carer.hoursGivenTodayPerWeek == null ? '—' : formatNumber(carer.hoursGivenTodayPerWeek)}
                  </td>
                  <td className="num">
                    {load ? formatNumber(load.hoursPerWeek) : '—'}{' '}
                    {load && carer.hoursGivenTodayPerWeek != null && (
                      <span className="help" data-testid="carer-hours-change">
                        {t('carerForm.change', {
                          change: formatSignedHours(load.hoursPerWeek - carer.hoursGivenTodayPerWeek),
                        })}
                      </span>
                    )}{' '}
                    {load && <CarerBadges intensive={load.intensive} overloaded={load.overloaded} />}
                  </td>
                  <td className="num">{formatNumber(carer.capacityHoursPerWeek)}</td>
                  <td className="num">{formatNumber(carer.workHoursPerWeek)}</td>
                  <td className="num">
                    {carer.burdenScore ?? '—'}
                    {typeof carer.burdenScore === 'number' && carer.burdenScore >= EDIZ_PLUS_OVERLOAD && (
                      <>
                        {' '}
                        <span className="badge sev-blocking">{t('cases.network.burdenOverloaded')}</span>
                      </>
                    )}
                  </td>
                  <td>
                    {carer.consent ? (
                      <span className="badge">{t('cases.network.consentGiven')}</span>
                    ) : (
                      <span className="badge sev-blocking">{t('cases.network.consentMissing')}</span>
                    )}
                  </td>
                  <td>
                    {!startup.readOnly && (
                      <RowActions
                        name={carer.name}
                        editLabel={t('cases.network.editCarer')}
                        deleteLabel={t('cases.network.remove')}
                        onEdit={() => setEditing(carer)}
                        onDelete={() => setRemoving(carer)}
                      />
                    )}
                  </td>
                </tr>
              )
            })}
          </RowTable>
        )}
        {editing ? (
          <CarerForm
            key={editing === 'new' ? 'new' : editing.id}
            carer={editing === 'new' ? null : editing}
            onDone={() => setEditing(null)}
          />
        ) : (
          !startup.readOnly && (
            <div className="button-row">
              <button type="button" className="primary" onClick={() => setEditing('new')}>
                {t('cases.network.add')}
              </button>
            </div>
          )
        )}
      </div>
      <p className="help">{t('cases.network.burdenHelp')}</p>
      <ConfirmTarget
        target={removing}
        title={t('cases.network.remove')}
        confirmLabel={t('common.delete')}
        danger
        onClose={() => setRemoving(null)}
        onConfirm={(carer) => void openCase.deleteCarer(carer.id)}
        body={(carer) => <p>{t('cases.network.removeConfirm', { name: carer.name })}</p>}
      />
    </section>
  )
})

type CarerDraft = {
  name: string
  relation: CarerRelation
  ageGroup: CarerAgeGroup | ''
  livesIn: boolean
  caresFor: string[]
  hoursToday: string
  capacity: string
  workHours: string
  burden: string
  consent: boolean
}

export function carerDraftOf(carer: Carer | null, members: readonly Person[]): CarerDraft {
  return {
    name: carer?.name ?? '',
    relation: carer?.relation ?? 'child',
    ageGroup: carer?.ageGroup ?? '',
    livesIn: carer?.livesIn ?? false,
    caresFor: carer?.caresFor ?? (members[0] ? [members[0].id] : []),
    hoursToday: numberToInput(carer?.hoursGivenTodayPerWeek),
    capacity: numberToInput(carer?.capacityHoursPerWeek),
    workHours: carer ? numberToInput(carer.workHoursPerWeek) : '0',
    burden: numberToInput(carer?.burdenScore),
    consent: carer?.consent ?? false,
  }
}

/**
 * A carer in the form: the case file's carer schema, and one rule only a form can ask — the carer cares
 * for at least one person (an older file may hold a carer without, and still reads).
 */
const carerFormSchema = carerSchema.extend({ caresFor: carerSchema.shape.caresFor.min(1) })

/** Reads a carer draft into the `Carer` to store: hours as typed with a decimal comma, unknowns as null. */
export function carerCheck(carer: Carer | null, id: string): DraftCheck<CarerDraft, Carer> {
  return {
    schema: carerFormSchema,
    fields: {
      capacityHoursPerWeek: 'capacity',
      workHoursPerWeek: 'workHours',
      hoursGivenTodayPerWeek: 'hoursToday',
      burdenScore: 'burden',
    },
    read: (draft) => {
      const errors: FieldErrors<CarerDraft> = {}
      const number = (key: 'capacity' | 'workHours' | 'hoursToday' | 'burden', required: boolean) => {
        const read = parseDecimal(draft[key], { required })
        if (read.ok) return read.value
        errors[key] = read.error
        return null
      }
      const capacity = number('capacity', true)
      const work = number('workHours', true)
      const today = number('hoursToday', false)
      const burden = number('burden', false)
      return {
        errors,
        value: {
          ...(carer ?? {}),
          id,
          name: draft.name.trim(),
          relation: draft.relation,
          ageGroup: draft.ageGroup === '' ? null : draft.ageGroup,
          livesIn: draft.livesIn,
          caresFor: draft.caresFor,
          hoursGivenTodayPerWeek: today,
          capacityHoursPerWeek: capacity ?? 0,
          workHoursPerWeek: work ?? 0,
          burdenScore: burden,
          consent: draft.consent,
        },
      }
    },
  }
}

const CarerForm = observer(function CarerForm({
  carer,
  onDone,
}: {
  carer: Carer | null
  onDone: () => void
}) {
  const { t } = useTranslation()
  const { openCase } = useStores()
  const members = openCase.household?.members ?? []
  const [carerId] = useState(() => carer?.id ?? globalThis.crypto.randomUUID())
  // The stored version this draft was taken from: saving it over another window's later change is a conflict.
  const [basedOn] = useState(() => openCase.editBase())
  const form = useDraftForm({ initial: () => carerDraftOf(carer, members), ...carerCheck(carer, carerId) })
  const { draft } = form
  const save = async (next: Carer) => {
    const ok = await openCase.saveCarer(next, basedOn)
    if (ok) onDone()
    return ok
  }
  const caresForError = form.shown('caresFor')
  return (
    <form className="card carer-form" onSubmit={form.submit(save)} noValidate>
      <h3>{carer ? t('cases.network.editCarer') : t('cases.network.newCarer')}</h3>
      <div className="form-grid">
        <Field form={form} name="name" label={t('cases.network.name')}>
          <input {...form.text('name')} autoFocus />
        </Field>
        <Field form={form} name="relation" label={t('cases.network.relation')}>
          <select {...form.text('relation')}>
            {CARER_RELATIONS.map((r) => (
              <option key={r} value={r}>
                {t(`cases.network.relations.${r}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field form={form} name="ageGroup" label={t('carerForm.ageGroup')}>
          <select {...form.text('ageGroup')}>
            <option value="">{t('carerForm.ageGroupUnknown')}</option>
            {CARER_AGE_GROUPS.map((group) => (
              <option key={group} value={group}>
                {t(`carerForm.ageGroups.${group}`)}
              </option>
            ))}
          </select>
        </Field>
        <div className="field field-checkbox">
          <label>
            <input {...form.checkbox('livesIn')} /> {t('cases.network.livesIn')}
          </label>
        </div>
        <fieldset className="field" aria-describedby={caresForError ? form.errorId('caresFor') : undefined}>
          <legend>{t('cases.network.caresFor')}</legend>
          {members.map((m) => (
            <label key={m.id} className="checkbox">
              <input
                type="checkbox"
                checked={draft.caresFor.includes(m.id)}
                onChange={(e) =>
                  form.set(
                    'caresFor',
                    e.target.checked ? [...draft.caresFor, m.id] : draft.caresFor.filter((x) => x !== m.id),
                  )
                }
              />{' '}
              {m.name}
            </label>
          ))}
          <FieldMessage id={form.errorId('caresFor')} error={caresForError} />
        </fieldset>
        <Field
          form={form}
          name="hoursToday"
          label={t('carerForm.hoursToday')}
          help={t('carerForm.hoursTodayHelp')}
        >
          <input {...form.text('hoursToday')} inputMode="decimal" />
        </Field>
        <Field form={form} name="capacity" label={t('cases.network.capacity')}>
          <input {...form.text('capacity')} inputMode="decimal" />
        </Field>
        <Field form={form} name="workHours" label={t('cases.network.workHours')}>
          <input {...form.text('workHours')} inputMode="decimal" />
        </Field>
        <Field form={form} name="burden" label={t('cases.network.burden')}>
          <input {...form.text('burden')} inputMode="numeric" />
        </Field>
        <div className="field field-checkbox">
          <label>
            <input {...form.checkbox('consent')} /> {t('cases.network.consent')}
          </label>
        </div>
      </div>
      <p className="help">{t('cases.network.burdenHelp')}</p>
      <FormFooter notSaved={form.notSaved} saveFailed={form.saveFailed} onCancel={onDone} />
    </form>
  )
})
