import { useEffect, useId, useState, type FormEvent } from 'react'
import { observer } from 'mobx-react-lite'
import { Link, useNavigate } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { useStores } from '../../stores/store-context'
import type { CaseSortKey, HouseholdSummary, ImportOutcome } from '../../stores/cases-store'
import { formatCents, formatTimestamp } from '../../format/format'
import { ConfirmDialog } from './ConfirmDialog'
import { FirstRunOffer } from '../startup/StartupGate'

const SORT_KEYS: readonly CaseSortKey[] = ['updated', 'name', 'cost']

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
                {t(`cases.sort.${key}`)}
              </option>
            ))}
          </select>
        </label>
        {cases.hasExamples && !readOnly && (
          <button type="button" onClick={() => setRemovingExamples(true)}>
            {t('cases.removeExamples')}
          </button>
        )}
      </div>

      {!cases.loaded ? (
        <p>{t('cases.loading')}</p>
      ) : cases.summaries.length === 0 ? (
        <p className="empty-state">{t('cases.empty')}</p>
      ) : cases.visible.length === 0 ? (
        <p className="empty-state">{t('cases.noMatches', { search: cases.search })}</p>
      ) : (
        <table className="cases-table">
          <thead>
            <tr>
              <th scope="col">{t('cases.columns.label')}</th>
              <th scope="col" className="num">
                {t('cases.columns.members')}
              </th>
              <th scope="col" className="num">
                {t('cases.columns.scenarios')}
              </th>
              <th scope="col" className="num">
                {t('cases.columns.monthlyCost')}
              </th>
              <th scope="col">{t('cases.columns.updated')}</th>
              <th scope="col">{t('cases.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {cases.visible.map((summary) => (
              <CaseRow
                key={summary.id}
                summary={summary}
                readOnly={readOnly}
                onDelete={() => setToDelete(summary)}
                onExport={() => setToExport(summary)}
              />
            ))}
          </tbody>
        </table>
      )}

      {toDelete && (
        <ConfirmDialog
          title={t('cases.deleteTitle')}
          confirmLabel={t('cases.delete')}
          danger
          onCancel={() => setToDelete(null)}
          onConfirm={() => {
            const target = toDelete
            setToDelete(null)
            void cases.remove(target.id)
          }}
        >
          <p>{t('cases.deleteConfirm', { label: toDelete.label })}</p>
        </ConfirmDialog>
      )}
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
          <p>{t('cases.removeExamplesConfirm')}</p>
        </ConfirmDialog>
      )}
      {toExport && <ExportDialog summary={toExport} onClose={() => setToExport(null)} />}
    </section>
  )
})

const CaseRow = observer(function CaseRow({
  summary,
  readOnly,
  onDelete,
  onExport,
}: {
  summary: HouseholdSummary
  readOnly: boolean
  onDelete: () => void
  onExport: () => void
}) {
  const { cases } = useStores()
  const { t } = useTranslation()
  const navigate = useNavigate()
  const cost = cases.costOf(summary)
  return (
    <tr>
      <th scope="row">
        <Link to={`/cases/${summary.id}/household`}>{summary.label}</Link>{' '}
        {summary.example && <span className="badge badge-example">{t('cases.example')}</span>}{' '}
        {summary.origin && !summary.example && <span className="badge">{t('cases.imported')}</span>}
      </th>
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
  const { cases } = useStores()
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [open, setOpen] = useState(false)
  const [label, setLabel] = useState('')
  const [error, setError] = useState(false)
  const inputId = useId()
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!label.trim()) {
      setError(true)
      return
    }
    const id = await cases.create(label)
    if (id) void navigate(`/cases/${id}/household`)
  }
  if (!open)
    return (
      <div className="button-row">
        <button type="button" className="primary" onClick={() => setOpen(true)}>
          {t('cases.create')}
        </button>
      </div>
    )
  return (
    <form className="card inline-form" onSubmit={(e) => void submit(e)}>
      <label htmlFor={inputId}>{t('cases.newLabel')}</label>
      <input
        id={inputId}
        autoFocus
        value={label}
        aria-invalid={error}
        aria-describedby={error ? `${inputId}-error` : undefined}
        onChange={(e) => {
          setLabel(e.target.value)
          setError(false)
        }}
      />
      <button type="submit" className="primary">
        {t('cases.createConfirm')}
      </button>
      <button type="button" onClick={() => setOpen(false)}>
        {t('common.cancel')}
      </button>
      {error && (
        <p id={`${inputId}-error`} className="field-error">
          {t('cases.labelRequired')}
        </p>
      )}
    </form>
  )
})

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
      <p id="import-ask-copy">{outcome.problems[0]?.message}</p>
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
            <code>{problem.path || t('cases.import.root')}</code>: {problem.message}
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
