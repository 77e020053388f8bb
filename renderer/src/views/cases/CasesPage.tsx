import { useEffect, useId, useRef, useState } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { observer } from 'mobx-react-lite'
import { Link, useNavigate } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { useStores } from '../../stores/store-context'
import type { CaseSortKey, HouseholdSummary, ImportOutcome } from '../../stores/cases-store'
import { formatCents, formatDate, formatNumber, formatTimestamp } from '../../format/format'
import { CASE_STAGES } from '#shared/case-flow/stage'
import { CASELOAD_FLAGS, hasFlag, type CaseloadFacts } from '#shared/case-flow/caseload'
import { localToday } from '../../format/today'
import { ConfirmDialog, ConfirmTarget } from '../common/ConfirmDialog'
import { Field } from '../common/Field'
import { FormFooter } from '../common/FormFooter'
import { useDraftForm } from '../common/useDraftForm'
import { labelCheck } from '../common/household-label'
import { messageText } from '../common/message-text'
import { TechnicalDetail } from '../common/TechnicalDetail'
import { FirstRunOffer } from '../startup/StartupGate'

const SORT_KEYS: readonly CaseSortKey[] = ['updated', 'name', 'cost', 'stage', 'deadline', 'evaluation']

/** Casussen: every household on this computer, with search, sort, create, import and export. */
export const CasesPage = observer(function CasesPage() {
  const { cases, startup } = useStores()
  const { t } = useTranslation()
  const [toDelete, setToDelete] = useState<HouseholdSummary | null>(null)
  const [toExport, setToExport] = useState<HouseholdSummary | null>(null)
  const [removingExamples, setRemovingExamples] = useState(false)
  const [importOutcome, setImportOutcome] = useState<ImportOutcome | null>(null)
  const readOnly = startup.readOnly

  useEffect(() => {
    cases.start()
  }, [cases])

  return (
    <section aria-labelledby="cases-page-title" className="cases-page">
      <h1 id="cases-page-title">{t('cases.title')}</h1>
      <p className="help">{t('cases.intro')}</p>
      <FirstRunOffer />
      {startup.gate !== 'first-run' && cases.loaded && cases.summaries.length === 0 ? (
        <p className="first-start-explain">{t('firstStart.explain')}</p>
      ) : null}

      {!readOnly && <CreateHouseholdForm />}
      {!readOnly && <ImportCaseFile onOutcome={setImportOutcome} />}
      {importOutcome && !importOutcome.ok && importOutcome.askCopy ? (
        <ImportAskCopy outcome={importOutcome} onOutcome={setImportOutcome} />
      ) : importOutcome && !importOutcome.ok ? (
        <ImportProblems outcome={importOutcome} />
      ) : null}

      <div className="toolbar">
        <label>
          {t('cases.search')}{' '}
          <input type="search" value={cases.search} onChange={(e) => cases.setSearch(e.target.value)} />
        </label>
        <label>
          {t('cases.sortBy')}{' '}
          <select value={cases.sortKey} onChange={(e) => cases.setSortKey(e.target.value as CaseSortKey)}>
            {SORT_KEYS.map((key) => (
              <option key={key} value={key}>
                {key === 'stage' || key === 'deadline' || key === 'evaluation'
                  ? t(`caseload.sort.${key}`)
                  : key === 'cost'
                    ? t('money.municipalNetPerMonth')
                    : t(`cases.sort.${key}`)}
              </option>
            ))}
          </select>
        </label>
        {cases.hasExamples && !readOnly && !cases.removal && (
          <button type="button" onClick={() => setRemovingExamples(true)}>
            {t('cases.removeExamples')}
          </button>
        )}
      </div>
      <ExamplesRemoval />

      {cases.loaded && cases.summaries.length > 0 && <CaseloadFilters />}

      {!cases.loaded ? (
        <p>{t('cases.loading')}</p>
      ) : cases.summaries.length === 0 ? (
        <p className="empty-state">{t('cases.empty')}</p>
      ) : cases.visible.length === 0 ? (
        <p className="empty-state">
          {cases.filtering ? t('caseload.noneMatch') : t('cases.noMatches', { search: cases.search })}
        </p>
      ) : (
        <CaseTable
          readOnly={readOnly}
          onDelete={(summary) => setToDelete(summary)}
          onExport={(summary) => setToExport(summary)}
        />
      )}

      <ConfirmTarget
        target={toDelete}
        title={t('cases.deleteTitle')}
        confirmLabel={t('cases.delete')}
        danger
        onClose={() => setToDelete(null)}
        onConfirm={(household) => void cases.remove(household.id)}
        body={(household) => <p>{t('cases.deleteConfirm', { label: household.label })}</p>}
      />
      {removingExamples && (
        <ConfirmDialog
          title={t('cases.removeExamples')}
          confirmLabel={t('cases.removeExamples')}
          danger
          onCancel={() => setRemovingExamples(false)}
          onConfirm={() => {
            setRemovingExamples(false)
            void cases.removeExamples()
          }}
        >
          <p>{t('cases.removeExamplesConfirm', { total: formatNumber(cases.exampleCount) })}</p>
        </ConfirmDialog>
      )}
      {toExport && <ExportDialog summary={toExport} onClose={() => setToExport(null)} />}
    </section>
  )
})

/** The removal of the example households under way: how far it is, and a stop between chunks. */
const ExamplesRemoval = observer(function ExamplesRemoval() {
  const { cases } = useStores()
  const { t } = useTranslation()
  const removal = cases.removal
  if (!removal) return null
  return (
    <div className="notice notice-info examples-removal">
      <span role="status">
        {removal.total > 0
          ? t('cases.examplesRemoval.progress', {
              done: formatNumber(removal.done),
              total: formatNumber(removal.total),
            })
          : t('cases.removeExamples')}
      </span>{' '}
      {removal.total > 0 ? (
        <progress max={removal.total} value={removal.done} aria-hidden="true" />
      ) : (
        <progress aria-hidden="true" />
      )}{' '}
      {removal.stopping ? (
        <span>{t('cases.examplesRemoval.stopping')}</span>
      ) : (
        <button type="button" onClick={() => cases.stopRemovingExamples()}>
          {t('cases.examplesRemoval.stop')}
        </button>
      )}
    </div>
  )
})

/** The filters of the caseload: one stage, and flags that combine; each shows how many households it holds. */
const CaseloadFilters = observer(function CaseloadFilters() {
  const { cases } = useStores()
  const { t } = useTranslation()
  const stageId = useId()
  const counts = cases.counts
  const total = cases.summaries.length
  const analysed = cases.analysedCount
  return (
    <div className="caseload-filters card" role="group" aria-labelledby={`${stageId}-title`}>
      <h2 id={`${stageId}-title`} className="visually-hidden">
        {t('caseload.filtersTitle')}
      </h2>
      <label htmlFor={stageId}>{t('caseload.stage')}</label>{' '}
      <select
        id={stageId}
        value={cases.stageFilter ?? ''}
        onChange={(e) =>
          cases.setStageFilter(e.target.value === '' ? null : (e.target.value as typeof cases.stageFilter))
        }
      >
        <option value="">{t('caseload.allStages', { count: total })}</option>
        {CASE_STAGES.map((stage) => (
          <option key={stage} value={stage}>
            {t('caseload.stageOption', { stage: t(`caseFlow.stages.${stage}`), count: counts.stages[stage] })}
          </option>
        ))}
      </select>
      <div className="flag-filters">
        {CASELOAD_FLAGS.filter(
          // Content changed outside Maatwerk is rare: its filter shows only when it holds a household.
          (flag) => flag !== 'content-changed' || counts.flags[flag] > 0 || cases.flagFilters.includes(flag),
        ).map((flag) => (
          <button
            key={flag}
            type="button"
            className="flag-filter"
            data-flag={flag}
            aria-pressed={cases.flagFilters.includes(flag)}
            onClick={() => cases.toggleFlag(flag)}
          >
            {t('caseload.flagCount', { label: t(`caseload.flags.${flag}`), count: counts.flags[flag] })}
          </button>
        ))}
        {cases.filtering && (
          <button type="button" className="link-button" onClick={() => cases.clearFilters()}>
            {t('caseload.clear')}
          </button>
        )}
      </div>
      <p className="muted" role="status" data-testid="caseload-status">
        {t('caseload.shown', { shown: cases.visible.length, total, count: total })}
        {analysed < total ? ` · ${t('caseload.analysing', { done: analysed, total })}` : ''}
      </p>
    </div>
  )
})

/** Estimated height of one row before it is measured (px). */
const ROW_ESTIMATE = 46

/**
 * The caseload table: only the rows in view are in the document (thousands of households stay
 * fast); spacer rows keep the scroll height, aria-rowcount and aria-rowindex keep the true size known
 * to screen readers.
 */
const CaseTable = observer(function CaseTable({
  readOnly,
  onDelete,
  onExport,
}: {
  readOnly: boolean
  onDelete: (summary: HouseholdSummary) => void
  onExport: (summary: HouseholdSummary) => void
}) {
  const { cases } = useStores()
  const { t } = useTranslation()
  const scrollRef = useRef<HTMLDivElement>(null)
  const visible = cases.visible
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 8,
    initialRect: { width: 1000, height: 600 },
    getItemKey: (index) => visible[index]?.id ?? index,
  })
  const items = virtualizer.getVirtualItems()
  const top = items[0]?.start ?? 0
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0)
  const asOf = localToday()
  return (
    <div ref={scrollRef} className="cases-scroll" tabIndex={0} role="region" aria-label={t('cases.title')}>
      <table className="cases-table" aria-rowcount={visible.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('cases.columns.label')}</th>
            <th scope="col">{t('caseload.columns.stage')}</th>
            <th scope="col">{t('caseload.columns.attention')}</th>
            <th scope="col" className="num">
              {t('cases.columns.members')}
            </th>
            <th scope="col" className="num">
              {t('cases.columns.scenarios')}
            </th>
            <th scope="col" className="num">
              {/* The same figure, under the same label, as the arrangement panel, Vergelijken and the plan. */}
              {t('money.municipalNetPerMonth')}
            </th>
            <th scope="col">{t('cases.columns.updated')}</th>
            <th scope="col">{t('cases.columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {top > 0 && (
            <tr className="spacer" aria-hidden="true" style={{ height: top }}>
              <td colSpan={8} />
            </tr>
          )}
          {items.map((item) => {
            const summary = visible[item.index]
            if (!summary) return null
            return (
              <CaseRow
                key={summary.id}
                summary={summary}
                rowIndex={item.index + 2}
                measure={virtualizer.measureElement}
                dataIndex={item.index}
                asOf={asOf}
                readOnly={readOnly}
                onDelete={() => onDelete(summary)}
                onExport={() => onExport(summary)}
              />
            )
          })}
          {bottom > 0 && (
            <tr className="spacer" aria-hidden="true" style={{ height: bottom }}>
              <td colSpan={8} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  )
})

function Attention({ facts, asOf }: { facts: CaseloadFacts; asOf: string }) {
  const { t } = useTranslation()
  const badges: { key: string; className: string; text: string }[] = []
  if (facts.contentChanged)
    badges.push({
      key: 'content-changed',
      className: 'sev-blocking',
      text: t('caseload.attention.contentChanged'),
    })
  if (facts.deadlineStatus === 'passed' || facts.deadlineStatus === 'near')
    badges.push({
      key: 'deadline',
      className: facts.deadlineStatus === 'passed' ? 'sev-blocking' : 'sev-warning',
      text: t(
        facts.deadlineStatus === 'passed'
          ? 'caseload.attention.deadlinePassed'
          : 'caseload.attention.deadlineNear',
        {
          date: formatDate(facts.nextDeadline),
        },
      ),
    })
  if (hasFlag(facts, 'evaluation', asOf))
    badges.push({
      key: 'evaluation',
      className: 'sev-warning',
      text: t('caseload.attention.evaluation', { date: formatDate(facts.evaluationDate) }),
    })
  if (facts.blockingCount > 0)
    badges.push({
      key: 'blocking',
      className: 'sev-blocking',
      text: t('caseload.attention.blocking', { count: facts.blockingCount }),
    })
  if (facts.overloadedCarerCount > 0)
    badges.push({
      key: 'overloaded',
      className: 'sev-warning',
      text: t('caseload.attention.overloaded', { count: facts.overloadedCarerCount }),
    })
  for (const transition of facts.transitions)
    badges.push({
      key: `${transition.kind}-${transition.personId}`,
      className: '',
      text: t(`caseload.attention.${transition.kind}`, {
        name: transition.name,
        date: formatDate(transition.date),
      }),
    })
  if (badges.length === 0) return null
  return (
    <ul className="attention">
      {badges.map((b) => (
        <li key={b.key} className={`badge ${b.className}`}>
          {b.text}
        </li>
      ))}
    </ul>
  )
}

const CaseRow = observer(function CaseRow({
  summary,
  rowIndex,
  measure,
  dataIndex,
  asOf,
  readOnly,
  onDelete,
  onExport,
}: {
  summary: HouseholdSummary
  rowIndex: number
  measure: (element: Element | null) => void
  dataIndex: number
  asOf: string
  readOnly: boolean
  onDelete: () => void
  onExport: () => void
}) {
  const { cases } = useStores()
  const { t } = useTranslation()
  const navigate = useNavigate()
  const cost = cases.costOf(summary)
  const facts = cases.factsOf(summary)
  return (
    <tr ref={measure} data-index={dataIndex} aria-rowindex={rowIndex}>
      <th scope="row">
        <Link to={`/cases/${summary.id}/household`}>{summary.label}</Link>{' '}
        {summary.example && <span className="badge badge-example">{t('cases.example')}</span>}{' '}
        {summary.origin && !summary.example && <span className="badge">{t('cases.imported')}</span>}
      </th>
      <td className="case-stage-cell">{facts ? t(`caseFlow.stages.${facts.stage}`) : '…'}</td>
      <td>{facts && <Attention facts={facts} asOf={asOf} />}</td>
      <td className="num">{summary.memberCount}</td>
      <td className="num">{summary.scenarioCount}</td>
      <td className="num">{cost === null ? '—' : formatCents(cost)}</td>
      <td>{formatTimestamp(summary.updatedAt)}</td>
      <td>
        <div className="row-actions">
          {!readOnly && (
            <button
              type="button"
              aria-label={`${t('cases.duplicate')}: ${summary.label}`}
              onClick={async () => {
                const id = await cases.duplicate(
                  summary.id,
                  t('cases.duplicateLabel', { label: summary.label }),
                )
                if (id) void navigate(`/cases/${id}/household`)
              }}
            >
              {t('cases.duplicate')}
            </button>
          )}
          <button
            type="button"
            aria-label={`${t('cases.exportAction')}: ${summary.label}`}
            onClick={onExport}
          >
            {t('cases.exportAction')}
          </button>
          {!readOnly && (
            <button
              type="button"
              className="danger"
              aria-label={`${t('cases.delete')}: ${summary.label}`}
              onClick={onDelete}
            >
              {t('cases.delete')}
            </button>
          )}
        </div>
      </td>
    </tr>
  )
})

const CreateHouseholdForm = observer(function CreateHouseholdForm() {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  if (!open)
    return (
      <div className="button-row">
        <button type="button" className="primary" onClick={() => setOpen(true)}>
          {t('cases.create')}
        </button>
      </div>
    )
  return <NewHouseholdForm onCancel={() => setOpen(false)} />
})

/** The name of a new household, with the household schema's rule for it (as the household tab). */
function NewHouseholdForm({ onCancel }: { onCancel: () => void }) {
  const { cases } = useStores()
  const { t } = useTranslation()
  const navigate = useNavigate()
  const form = useDraftForm({ initial: () => ({ label: '' }), ...labelCheck })
  const create = async ({ label }: { label: string }) => {
    const id = await cases.create(label)
    if (id) void navigate(`/cases/${id}/household`)
  }
  return (
    <form className="card inline-form" onSubmit={form.submit(create)} noValidate>
      <Field form={form} name="label" label={t('cases.newLabel')}>
        <input {...form.text('label')} autoFocus />
      </Field>
      <FormFooter notSaved={form.notSaved} onCancel={onCancel} saveLabel={t('cases.createConfirm')} />
    </form>
  )
}

const ImportCaseFile = observer(function ImportCaseFile({
  onOutcome,
}: {
  onOutcome: (outcome: ImportOutcome | null) => void
}) {
  const { cases } = useStores()
  const { t } = useTranslation()
  const navigate = useNavigate()
  const inputId = useId()
  const [busy, setBusy] = useState(false)
  const finish = (outcome: ImportOutcome | null) => {
    setBusy(false)
    onOutcome(outcome)
    if (outcome?.ok) void navigate(`/cases/${outcome.householdId}/household`)
  }
  if (cases.canPickFile)
    return (
      <div className="button-row">
        <button
          type="button"
          disabled={busy}
          onClick={async () => {
            setBusy(true)
            finish(await cases.pickAndImport())
          }}
        >
          {t('cases.import.button')}
        </button>
      </div>
    )
  return (
    <div className="import-row">
      <label htmlFor={inputId}>{t('cases.import.label')}</label>{' '}
      <input
        id={inputId}
        type="file"
        accept=".json,application/json"
        disabled={busy}
        onChange={async (event) => {
          const input = event.currentTarget
          const file = input.files?.[0]
          if (!file) return
          setBusy(true)
          onOutcome(null)
          // The size is checked before the file is read (CasesStore.importFile).
          const outcome = await cases.importFile({
            name: file.name,
            size: file.size,
            read: () => file.text(),
          })
          input.value = ''
          finish(outcome)
        }}
      />
    </div>
  )
})

/** The household was imported before with other content: import this file as a separate copy? */
function ImportAskCopy({
  outcome,
  onOutcome,
}: {
  outcome: Extract<ImportOutcome, { ok: false }>
  onOutcome: (outcome: ImportOutcome | null) => void
}) {
  const { cases } = useStores()
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [busy, setBusy] = useState(false)
  const text = outcome.askCopy?.text ?? ''
  return (
    <div role="alertdialog" aria-labelledby="import-ask-copy" className="card import-problems">
      <p id="import-ask-copy">{outcome.problems[0] ? messageText(outcome.problems[0].message, t) : ''}</p>
      <div className="button-row">
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={async () => {
            setBusy(true)
            const next = await cases.importText(text, { asCopy: true })
            setBusy(false)
            onOutcome(next)
            if (next.ok) void navigate(`/cases/${next.householdId}/household`)
          }}
        >
          {t('data.import.importAsCopy')}
        </button>
        <button type="button" disabled={busy} onClick={() => onOutcome(null)}>
          {t('data.import.cancel')}
        </button>
      </div>
    </div>
  )
}

function ImportProblems({ outcome }: { outcome: Extract<ImportOutcome, { ok: false }> }) {
  const { t } = useTranslation()
  return (
    <div role="alert" className="card import-problems">
      <p>{t('cases.import.refused')}</p>
      <ul>
        {outcome.problems.map((problem, index) => (
          <li key={index}>
            <code>{problem.path || t('cases.import.root')}</code>: {messageText(problem.message, t)}
            <TechnicalDetail message={problem.message} />
          </li>
        ))}
      </ul>
    </div>
  )
}

const ExportDialog = observer(function ExportDialog({
  summary,
  onClose,
}: {
  summary: HouseholdSummary
  onClose: () => void
}) {
  const { cases } = useStores()
  const { t } = useTranslation()
  const [includeIdentifying, setIncludeIdentifying] = useState(false)
  return (
    <ConfirmDialog
      title={`${t('cases.export.title')}: ${summary.label}`}
      confirmLabel={t('cases.export.confirm')}
      onCancel={onClose}
      onConfirm={() => {
        onClose()
        void cases.exportCase(summary.id, { includeIdentifying })
      }}
    >
      <p>{t('cases.export.intro')}</p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={includeIdentifying}
          onChange={(e) => setIncludeIdentifying(e.target.checked)}
        />{' '}
        {t('cases.export.includeIdentifying')}
      </label>
      {includeIdentifying && <p className="field-error">{t('cases.export.identifyingWarning')}</p>}
    </ConfirmDialog>
  )
})
