import { useId, useState, type FormEvent } from 'react'
import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { useStores } from '../../../stores/store-context'
import type { Carer, CarerRelation } from '../../../../../shared/domain/types'
import { formatNumber } from '../../../format/format'
import { ConfirmDialog } from '../../cases/ConfirmDialog'
import { FieldMessage } from '../FieldMessage'
import { parseBurdenScore, parseHoursPerWeek, type FieldError } from '../validation'
import { CarerBadges } from '../arrangement/ResultPanel'
import { RowActions } from '../RowActions'

const RELATIONS: readonly CarerRelation[] = [
  'partner',
  'child',
  'parent',
  'sibling',
  'other-family',
  'friend',
  'neighbour',
  'volunteer',
  'other',
]
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
          <table className="carers-table">
            <thead>
              <tr>
                <th scope="col">{t('cases.network.name')}</th>
                <th scope="col">{t('cases.network.relation')}</th>
                <th scope="col">{t('cases.network.caresFor')}</th>
                <th scope="col" className="num">
                  {t('cases.network.hoursGiven')}
                </th>
                <th scope="col" className="num">
                  {t('cases.network.hoursCapacity')}
                </th>
                <th scope="col" className="num">
                  {t('cases.network.workHours')}
                </th>
                <th scope="col" className="num">
                  EDIZ-plus
                </th>
                <th scope="col">{t('cases.network.consentColumn')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('cases.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {household.carers.map((carer) => {
                const load = loadOf(carer.id)
                return (
                  <tr key={carer.id}>
                    <th scope="row">{carer.name}</th>
                    <td>{t(`cases.network.relations.${carer.relation}`)}</td>
                    <td>{carer.caresFor.map((id) => openCase.personName(id)).join(', ')}</td>
                    <td className="num">
                      {load ? formatNumber(load.hoursPerWeek) : '—'}{' '}
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
            </tbody>
          </table>
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
      {removing && (
        <ConfirmDialog
          title={t('cases.network.remove')}
          confirmLabel={t('common.delete')}
          danger
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            const target = removing
            setRemoving(null)
            void openCase.deleteCarer(target.id)
          }}
        >
          <p>{t('cases.network.removeConfirm', { name: removing.name })}</p>
        </ConfirmDialog>
      )}
    </section>
  )
})

type CarerDraft = {
  name: string
  relation: CarerRelation
  livesIn: boolean
  caresFor: string[]
  capacity: string
  workHours: string
  burden: string
  consent: boolean
}

/** Validates a carer as typed: a name, at least one person cared for, plausible hours, a 0–15 burden score. */
export function validateCarerDraft(draft: CarerDraft): Partial<Record<keyof CarerDraft, FieldError>> {
  const errors: Partial<Record<keyof CarerDraft, FieldError>> = {}
  if (!draft.name.trim()) errors.name = { key: 'required' }
  if (draft.caresFor.length === 0) errors.caresFor = { key: 'caresFor' }
  const capacity = parseHoursPerWeek(draft.capacity)
  if (!capacity.ok) errors.capacity = capacity.error
  const work = parseHoursPerWeek(draft.workHours)
  if (!work.ok) errors.workHours = work.error
  const burden = parseBurdenScore(draft.burden)
  if (!burden.ok) errors.burden = burden.error
  return errors
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
  const [draft, setDraft] = useState<CarerDraft>(() => ({
    name: carer?.name ?? '',
    relation: carer?.relation ?? 'child',
    livesIn: carer?.livesIn ?? false,
    caresFor: carer?.caresFor ?? (members[0] ? [members[0].id] : []),
    capacity: carer ? String(carer.capacityHoursPerWeek).replace('.', ',') : '',
    workHours: carer ? String(carer.workHoursPerWeek).replace('.', ',') : '0',
    burden: carer?.burdenScore == null ? '' : String(carer.burdenScore),
    consent: carer?.consent ?? false,
  }))
  // The stored version this draft was taken from: saving it over another window's later change is a conflict.
  const [basedOn] = useState(() => openCase.editBase())
  const [touched, setTouched] = useState<Partial<Record<keyof CarerDraft, boolean>>>({})
  const [submitted, setSubmitted] = useState(false)
  const id = useId()
  const errors = validateCarerDraft(draft)
  const shown = (key: keyof CarerDraft) => ((submitted || touched[key]) && errors[key]) || null
  const set = <K extends keyof CarerDraft>(key: K, value: CarerDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }))
    setTouched((tt) => ({ ...tt, [key]: true }))
  }
  const field = (key: keyof CarerDraft) => ({
    id: `${id}-${key}`,
    'aria-invalid': Boolean(shown(key)),
    'aria-describedby': shown(key) ? `${id}-${key}-error` : undefined,
  })
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSubmitted(true)
    if (Object.keys(errors).length > 0) return
    const capacity = parseHoursPerWeek(draft.capacity)
    const work = parseHoursPerWeek(draft.workHours)
    const burden = parseBurdenScore(draft.burden)
    const next: Carer = {
      ...(carer ?? {}),
      id: carer?.id ?? globalThis.crypto.randomUUID(),
      name: draft.name.trim(),
      relation: draft.relation,
      livesIn: draft.livesIn,
      caresFor: draft.caresFor,
      capacityHoursPerWeek: capacity.ok ? capacity.value : 0,
      workHoursPerWeek: work.ok ? work.value : 0,
      burdenScore: burden.ok ? burden.value : null,
      consent: draft.consent,
    }
    if (await openCase.saveCarer(next, basedOn)) onDone()
  }
  return (
    <form className="card carer-form" onSubmit={(e) => void submit(e)} noValidate>
      <h3>{carer ? t('cases.network.editCarer') : t('cases.network.newCarer')}</h3>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('cases.network.name')}</label>
          <input
            {...field('name')}
            autoFocus
            value={draft.name}
            onChange={(e) => set('name', e.target.value)}
          />
          <FieldMessage id={`${id}-name-error`} error={shown('name')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-relation`}>{t('cases.network.relation')}</label>
          <select
            {...field('relation')}
            value={draft.relation}
            onChange={(e) => set('relation', e.target.value as CarerRelation)}
          >
            {RELATIONS.map((r) => (
              <option key={r} value={r}>
                {t(`cases.network.relations.${r}`)}
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
            {t('cases.network.livesIn')}
          </label>
        </div>
        <fieldset className="field" aria-describedby={shown('caresFor') ? `${id}-caresFor-error` : undefined}>
          <legend>{t('cases.network.caresFor')}</legend>
          {members.map((m) => (
            <label key={m.id} className="checkbox">
              <input
                type="checkbox"
                checked={draft.caresFor.includes(m.id)}
                onChange={(e) =>
                  set(
                    'caresFor',
                    e.target.checked ? [...draft.caresFor, m.id] : draft.caresFor.filter((x) => x !== m.id),
                  )
                }
              />{' '}
              {m.name}
            </label>
          ))}
          <FieldMessage id={`${id}-caresFor-error`} error={shown('caresFor')} />
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-capacity`}>{t('cases.network.capacity')}</label>
          <input
            {...field('capacity')}
            inputMode="decimal"
            value={draft.capacity}
            onChange={(e) => set('capacity', e.target.value)}
          />
          <FieldMessage id={`${id}-capacity-error`} error={shown('capacity')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-workHours`}>{t('cases.network.workHours')}</label>
          <input
            {...field('workHours')}
            inputMode="decimal"
            value={draft.workHours}
            onChange={(e) => set('workHours', e.target.value)}
          />
          <FieldMessage id={`${id}-workHours-error`} error={shown('workHours')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-burden`}>{t('cases.network.burden')}</label>
          <input
            {...field('burden')}
            inputMode="numeric"
            value={draft.burden}
            onChange={(e) => set('burden', e.target.value)}
          />
          <FieldMessage id={`${id}-burden-error`} error={shown('burden')} />
        </div>
        <div className="field field-checkbox">
          <label>
            <input
              type="checkbox"
              checked={draft.consent}
              onChange={(e) => set('consent', e.target.checked)}
            />{' '}
            {t('cases.network.consent')}
          </label>
        </div>
      </div>
      <p className="help">{t('cases.network.burdenHelp')}</p>
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
