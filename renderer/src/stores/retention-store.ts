/**
 * Retention (issue 12 item 9): the closed cases, each with its retention date from the selection list
 * or the law (shared/case-flow/retention.ts), and the erasure of those past their date — only after
 * the user confirmed, one transaction per case, each leaving an audit tombstone without names.
 */
import { makeAutoObservable, runInAction } from 'mobx'
import type { IsoDateInput } from '#shared/domain/types'
import { isPastRetention, retentionOf, type Retention } from '#shared/case-flow/retention'
import type { DataLayer } from '../data/api'
import { errorMessage, type Message } from './messages'
import { localToday } from '../format/today'
import type { UiStore } from './ui-store'

export type RetentionRow = { householdId: string; label: string; retention: Retention }

/** The last load's or erasure's outcome, untranslated (the view translates it). */
type RetentionStatus = { kind: 'info' | 'error'; message: Message }

function byDate(a: RetentionRow, b: RetentionRow): number {
  const x = a.retention.retainUntil
  const y = b.retention.retainUntil
  return x < y ? -1 : x > y ? 1 : a.label.localeCompare(b.label, 'nl')
}

export class RetentionStore {
  /** Every closed case with its retention, soonest date first; null until loaded. */
  rows: RetentionRow[] | null = null
  busy = false
  status: RetentionStatus | null = null

  constructor(
    private readonly data: DataLayer,
    private readonly ui: UiStore,
    private readonly asOf: () => IsoDateInput = localToday,
  ) {
    makeAutoObservable<RetentionStore, 'data' | 'ui' | 'asOf'>(this, { data: false, ui: false, asOf: false })
  }

  get today(): IsoDateInput {
    return this.asOf()
  }

  /** Closed cases past their retention date: these may be erased. */
  get due(): RetentionRow[] {
    const today = this.asOf()
    return (this.rows ?? []).filter((r) => isPastRetention(r.retention, today))
  }

  /** Closed cases still within their term. */
  get kept(): RetentionRow[] {
    const today = this.asOf()
    return (this.rows ?? []).filter((r) => !isPastRetention(r.retention, today))
  }

  async load(): Promise<void> {
    try {
      const cases = await this.data.cases.listClosedCases()
      const today = this.asOf()
      const rows: RetentionRow[] = []
      for (const c of cases) {
        const retention = retentionOf({ household: c.household, scenarios: c.scenarios, asOf: today })
        if (retention) rows.push({ householdId: c.household.id, label: c.household.label, retention })
      }
      runInAction(() => {
        this.rows = rows.sort(byDate)
      })
    } catch (error) {
      runInAction(() => {
        this.rows = []
        this.status = { kind: 'error', message: errorMessage(error) }
      })
    }
  }

  /** Erases the given cases (each must still be past its date); returns how many were erased. */
  async erase(householdIds: readonly string[]): Promise<number> {
    if (this.busy) return 0
    this.busy = true
    this.status = null
    let erased = 0
    let failure: Message | null = null
    const today = this.asOf()
    for (const id of householdIds) {
      try {
        await this.data.cases.eraseAfterRetention(id, today)
        erased++
      } catch (error) {
        failure = errorMessage(error)
      }
    }
    await this.load()
    runInAction(() => {
      this.busy = false
      this.status = failure
        ? { kind: 'error', message: failure }
        : { kind: 'info', message: { key: 'retention.erased', params: { count: erased } } }
    })
    if (!failure) this.ui.showNotice('info', 'retention.erased', { count: erased })
    return erased
  }
}
