import { useId, useMemo, useState } from 'react'
import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { DateInput } from '../../common/DateInput'
import { useStores } from '../../../stores/store-context'
import type { ArrangementLine, Frequency, Law, Provision, Scenario } from '#shared/domain/types'
import { ConfirmDialog } from '../../common/ConfirmDialog'
import { FormFooter } from '../../common/FormFooter'
import { UnsavedDraftNotice } from '../../common/UnsavedDraftNotice'
import { useDraftForm } from '../../common/useDraftForm'
import { Field } from '../../common/Field'
import { defaultCarer, defaultRecipient, draftOfLine, isCarerForm, lineCheck } from './line-draft'
import { CostByYearCard, ResultPanel } from './ResultPanel'
import { ArrangementEmpty } from './ArrangementEmpty'
import { scenarioNameCheck, scenarioSettingsCheck, scenarioSettingsDraftOf } from './scenario-draft'

const LAW_ORDER: readonly Law[] = ['wmo', 'jeugdwet', 'participatiewet', 'zvw', 'wlz', 'informal', 'none']
const FREQUENCIES: readonly Frequency[] = ['week', 'month', 'total']

/** Arrangement: the scenario's lines built from the catalogue, with the engine's verdict live beside them. */
export const ArrangementTab = observer(function ArrangementTab() {
  const { t } = useTranslation()
  const { openCase } = useStores()
  const scenario = openCase.selectedScenario
  return (
    <section aria-labelledby="arrangement-tab-title" className="arrangement-tab">
      <h2 id="arrangement-tab-title" className="visually-hidden">
        {t('cases.arrangement.title')}
      </h2>
      <ScenarioBar />
      {scenario ? (
        <>
          <div className="arrangement-columns">
            <div className="arrangement-lines">
              <ScenarioSettings key={scenario.id} />
              <LinesCard />
            </div>
            <ResultPanel />
          </div>
          <CostByYearCard />
        </>
      ) : (
        <ArrangementEmpty />
      )}
    </section>
  )
})

const ScenarioBar = observer(function ScenarioBar() {
  const { t } = useTranslation()
  const { openCase, startup } = useStores()
  const [renaming, setRenaming] = useState(false)
  const [deleting, setDeleting] = useState(false)
  const selectId = useId()
  const scenario = openCase.selectedScenario
  const readOnly = startup.readOnly
  return (
    <div className="card scenario-bar">
      {openCase.scenarios.length > 0 && (
        <>
          <label htmlFor={selectId}>{t('cases.arrangement.scenario')}</label>{' '}
          <select
            id={selectId}
            value={scenario?.id ?? ''}
            onChange={(e) => openCase.selectScenario(e.target.value)}
          >
            {openCase.scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </>
      )}
      {!readOnly && (
        <div className="button-row">
          <button
            type="button"
            className="primary"
            onClick={() =>
              void openCase.createScenario(
                t('cases.arrangement.defaultScenarioName', { n: openCase.scenarios.length + 1 }),
              )
            }
          >
            {t('cases.arrangement.newScenario')}
          </button>
          {scenario && (
            <>
              <button
                type="button"
                onClick={() =>
                  void openCase.duplicateScenario(
                    scenario.id,
                    t('cases.arrangement.copyName', { name: scenario.name }),
                  )
                }
              >
                {t('cases.arrangement.duplicateScenario')}
              </button>
              <button type="button" onClick={() => setRenaming(true)}>
                {t('cases.arrangement.renameScenario')}
              </button>
              <button type="button" className="danger" onClick={() => setDeleting(true)}>
                {t('cases.arrangement.deleteScenario')}
              </button>
            </>
          )}
        </div>
      )}
      {scenario && renaming && (
        <RenameScenarioForm key={scenario.id} scenario={scenario} onDone={() => setRenaming(false)} />
      )}
      {scenario && deleting && (
        <ConfirmDialog
          title={t('cases.arrangement.deleteScenario')}
          confirmLabel={t('common.delete')}
          danger
          onCancel={() => setDeleting(false)}
          onConfirm={() => {
            setDeleting(false)
            void openCase.deleteScenario(scenario.id)
          }}
        >
          <p>{t('cases.arrangement.deleteScenarioConfirm', { name: scenario.name })}</p>
        </ConfirmDialog>
      )}
    </div>
  )
})

/** A new name for the scenario; an empty one is refused beside the field. */
function RenameScenarioForm({ scenario, onDone }: { scenario: Scenario; onDone: () => void }) {
  const { t } = useTranslation()
  const { openCase } = useStores()
  const form = useDraftForm({ initial: () => ({ name: scenario.name }), ...scenarioNameCheck })
  const save = async ({ name }: { name: string }) => {
    const ok = await openCase.renameScenario(scenario.id, name)
    if (ok) onDone()
    return ok
  }
  return (
    <form className="inline-form" onSubmit={form.submit(save)} noValidate>
      <Field form={form} name="name" label={t('cases.arrangement.newScenarioName')}>
        <input {...form.text('name')} autoFocus />
      </Field>
      <FormFooter notSaved={form.notSaved} saveFailed={form.saveFailed} onCancel={onDone} />
    </form>
  )
}

const ScenarioSettings = observer(function ScenarioSettings() {
  const { openCase } = useStores()
  const scenario = openCase.selectedScenario
  if (!scenario) return null
  return <ScenarioSettingsForm scenario={scenario} />
})

/** The scenario's start, horizon and evaluation date, each stored as soon as the whole is valid. */
const ScenarioSettingsForm = observer(function ScenarioSettingsForm({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation()
  const { openCase, startup } = useStores()
  const form = useDraftForm({
    initial: () => scenarioSettingsDraftOf(scenario),
    ...scenarioSettingsCheck(scenario),
    reveal: 'changed',
    onValidChange: (next) => openCase.saveScenario(next),
  })
  return (
    <div className="card form-grid scenario-settings">
      <Field form={form} name="start" label={t('cases.arrangement.startDate')}>
        <DateInput {...form.date('start')} readOnly={startup.readOnly} />
      </Field>
      <Field form={form} name="horizon" label={t('cases.arrangement.horizon')}>
        <input {...form.text('horizon')} inputMode="numeric" readOnly={startup.readOnly} />
      </Field>
      <Field
        form={form}
        name="evaluation"
        label={t('caseFlow.evaluationDate')}
        help={t('caseFlow.evaluationHelp')}
      >
        <DateInput {...form.date('evaluation')} readOnly={startup.readOnly} />
      </Field>
      <UnsavedDraftNotice failed={form.saveFailed} onRetry={form.retry} />
    </div>
  )
})

function useProvisionLabel(): (provision: Provision | undefined, fallbackId: string) => string {
  const { t } = useTranslation()
  return (provision, fallbackId) =>
    provision ? t(provision.labelKey, { defaultValue: provision.id }) : fallbackId
}

const LinesCard = observer(function LinesCard() {
  const { t } = useTranslation()
  const { openCase, engine, startup } = useStores()
  const scenario = openCase.selectedScenario
  const provisionById = useMemo(() => new Map(engine.provisions.map((p) => [p.id, p])), [engine])
  if (!scenario) return null
  return (
    <div className="card" aria-labelledby="lines-title">
      <h3 id="lines-title">{t('cases.arrangement.lines')}</h3>
      {scenario.lines.length === 0 ? (
        <p className="empty-state">{t('cases.arrangement.noLines')}</p>
      ) : (
        <ol className="line-list">
          {scenario.lines.map((line, index) => (
            <LineEditor
              key={line.id}
              index={index}
              scenarioId={scenario.id}
              line={line}
              provision={provisionById.get(line.provisionId)}
            />
          ))}
        </ol>
      )}
      {!startup.readOnly && <AddLineForm />}
    </div>
  )
})

const LineEditor = observer(function LineEditor({
  index,
  scenarioId,
  line,
  provision,
}: {
  index: number
  scenarioId: string
  line: ArrangementLine
  provision: Provision | undefined
}) {
  const { t } = useTranslation()
  const { openCase, startup } = useStores()
  const label = useProvisionLabel()
  const [removing, setRemoving] = useState(false)
  const household = openCase.household
  const readOnly = startup.readOnly
  // An edit-in-place row: every valid change is stored at once, an invalid one only shown.
  const form = useDraftForm({
    initial: () => draftOfLine(line),
    ...lineCheck(line, provision),
    reveal: 'changed',
    onValidChange: (value) => openCase.saveLine(scenarioId, value),
  })
  const draft = form.draft
  const forms = provision?.deliveryForms ?? [line.deliveryForm]
  const title = t('cases.arrangement.lineLabel', {
    n: index + 1,
    provision: label(provision, line.provisionId),
  })
  return (
    <li className="line-editor" aria-label={title}>
      <div className="line-head">
        <strong>{label(provision, line.provisionId)}</strong>
        {!readOnly && (
          <button
            type="button"
            className="danger small"
            aria-label={`${t('cases.arrangement.removeLine')}: ${title}`}
            onClick={() => setRemoving(true)}
          >
            {t('cases.arrangement.removeLine')}
          </button>
        )}
      </div>
      <div className="line-grid">
        <Field form={form} name="personId" label={t('cases.arrangement.recipient')}>
          <select {...form.text('personId')} disabled={readOnly}>
            <option value="">—</option>
            {household?.members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </Field>
        <Field form={form} name="deliveryForm" label={t('cases.arrangement.deliveryForm')}>
          <select {...form.text('deliveryForm')} disabled={readOnly}>
            {forms.map((deliveryForm) => (
              <option key={deliveryForm} value={deliveryForm}>
                {t(`cases.arrangement.deliveryForms.${deliveryForm}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          form={form}
          name="volume"
          className="field-volume"
          label={`${t('cases.arrangement.volume')} (${t(`cases.arrangement.units.${provision?.unit ?? line.unit}`)})`}
        >
          <input {...form.text('volume')} inputMode="decimal" disabled={readOnly} />
        </Field>
        <Field form={form} name="frequency" label={t('cases.arrangement.frequency')}>
          <select {...form.text('frequency')} disabled={readOnly}>
            {FREQUENCIES.map((f) => (
              <option key={f} value={f}>
                {t(`cases.arrangement.frequencies.${f}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field form={form} name="startDate" label={t('cases.arrangement.start')}>
          <DateInput {...form.date('startDate')} disabled={readOnly} />
        </Field>
        <Field form={form} name="endDate" label={t('cases.arrangement.end')}>
          <DateInput {...form.date('endDate')} disabled={readOnly} />
        </Field>
        {isCarerForm(draft.deliveryForm) && (
          <Field form={form} name="carerId" label={t('cases.arrangement.carer')}>
            <select {...form.text('carerId')} disabled={readOnly}>
              <option value="">—</option>
              {household?.carers.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </Field>
        )}
      </div>
      <UnsavedDraftNotice failed={form.saveFailed} onRetry={form.retry} />
      {removing && (
        <ConfirmDialog
          title={t('cases.arrangement.removeLine')}
          confirmLabel={t('common.delete')}
          danger
          onCancel={() => setRemoving(false)}
          onConfirm={() => {
            setRemoving(false)
            void openCase.deleteLine(scenarioId, line.id)
          }}
        >
          <p>{title}</p>
        </ConfirmDialog>
      )}
    </li>
  )
})

/** Picks a provision from the catalogue (searchable, grouped by law) and adds a line with sensible defaults. */
const AddLineForm = observer(function AddLineForm() {
  const { t } = useTranslation()
  const { openCase, engine } = useStores()
  const label = useProvisionLabel()
  const [search, setSearch] = useState('')
  const [provisionId, setProvisionId] = useState('')
  const id = useId()
  const household = openCase.household
  const scenario = openCase.selectedScenario
  const needle = search.trim().toLocaleLowerCase('nl')
  const groups = LAW_ORDER.map((law) => ({
    law,
    provisions: engine.provisions
      .filter((p) => p.law === law)
      .filter((p) => !needle || `${label(p, p.id)} ${p.id}`.toLocaleLowerCase('nl').includes(needle))
      .sort((a, b) => label(a, a.id).localeCompare(label(b, b.id), 'nl')),
  })).filter((g) => g.provisions.length > 0)
  if (!household || !scenario) return null
  const members = household.members
  const add = () => {
    const provision = engine.provisions.find((p) => p.id === provisionId)
    if (!provision || members.length === 0) return
    const deliveryForm = provision.deliveryForms[0] ?? 'zin'
    const recipient = defaultRecipient(provision, members, scenario.startDate)
    const carer = isCarerForm(deliveryForm) ? defaultCarer(household.carers, recipient?.id) : undefined
    const line: ArrangementLine = {
      id: globalThis.crypto.randomUUID(),
      provisionId: provision.id,
      personId: recipient?.id ?? '',
      deliveryForm,
      volume: 1,
      unit: provision.unit,
      frequency: provision.oneOff || provision.unit === 'euro' ? 'total' : 'week',
      startDate: scenario.startDate,
      endDate: null,
      carerId: carer?.id ?? null,
    }
    void openCase.saveLine(scenario.id, line)
    setProvisionId('')
  }
  return (
    <div className="add-line">
      {members.length === 0 ? (
        <p className="field-error">{t('cases.arrangement.noMembersForLine')}</p>
      ) : (
        <div className="form-grid">
          <div className="field">
            <label htmlFor={`${id}-search`}>{t('cases.arrangement.catalogueSearch')}</label>
            <input
              id={`${id}-search`}
              type="search"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-provision`}>{t('cases.arrangement.provision')}</label>
            <select
              id={`${id}-provision`}
              value={provisionId}
              onChange={(e) => setProvisionId(e.target.value)}
            >
              <option value="">{t('cases.arrangement.chooseProvision')}</option>
              {groups.map((group) => (
                <optgroup key={group.law} label={t(`cases.arrangement.laws.${group.law}`)}>
                  {group.provisions.map((p) => (
                    <option key={p.id} value={p.id}>
                      {label(p, p.id)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <div className="field field-action">
            <button type="button" className="primary" disabled={!provisionId} onClick={add}>
              {t('cases.arrangement.addLine')}
            </button>
          </div>
        </div>
      )}
    </div>
  )
})
