import { makeAutoObservable, runInAction } from 'mobx'
import type {
  AuditHeadRecord,
  AuditVerification,
  DataLayer,
  StartupState,
  UnavailableReason,
} from '../data/api'
import type { UiStore } from './ui-store'
import { errorMessage, type Message } from './messages'

type StartupGate = 'ok' | 'first-run' | 'data-missing' | 'newer-format' | 'open-failed' | 'database-lost'

/** The audit log's hash chain as last checked (BIO2 8.15.05/06: tampering with logs is an incident). */
type AuditIntegrity =
  | { status: 'unchecked' }
  | { status: 'ok' }
  | { status: 'broken'; brokenAtSeq: number | null; reason?: AuditVerification['reason'] }
  | { status: 'failed'; message: Message }

/**
 * The startup gate: what the data layer found when it opened decides whether the app shows the case
 * list, offers the example households (first run), or a recovery screen (data went missing). A
 * database emptied behind our back is never shown as an empty list as if that were normal.
 */
export class StartupStore {
  state: StartupState
  /** Set once the user has answered the first-run or recovery question. */
  resolved = false
  busy = false
  audit: AuditIntegrity = { status: 'unchecked' }
  /** Set when the open database stopped being ours (removed, closed, upgraded or replaced). */
  lost: UnavailableReason | null = null

  constructor(
    private readonly data: DataLayer,
    private readonly ui: UiStore,
    /** The newest backup's audit head (desktop: from its header, no passphrase needed). */
    private readonly newestBackupHead: () => Promise<{
      head: AuditHeadRecord
      createdAt: string
    } | null> = async () => null,
    /** True when the device key could not be read: the chain cannot be checked this session. */
    private readonly keyUnavailable = false,
  ) {
    this.state = data.startup
    makeAutoObservable<StartupStore, 'data' | 'ui' | 'newestBackupHead' | 'keyUnavailable'>(this, {
      data: false,
      ui: false,
      newestBackupHead: false,
      keyUnavailable: false,
    })
    data.onUnavailable?.((reason) =>
      runInAction(() => {
        this.lost = reason
      }),
    )
  }

  /** Which screen the gate shows now; 'ok' and 'newer-format' let the app through. */
  get gate(): StartupGate {
    // Losing the database while open overrides everything: nothing may look saved from here on.
    if (this.lost) return 'database-lost'
    if (this.resolved) return this.state.kind === 'newer-format' ? 'newer-format' : 'ok'
    return this.state.kind
  }

  get readOnly(): boolean {
    return this.state.kind === 'newer-format'
  }

  get blocksApp(): boolean {
    return this.gate === 'data-missing' || this.gate === 'open-failed' || this.gate === 'database-lost'
  }

  async loadExamples(): Promise<void> {
    this.busy = true
    try {
      await this.data.seedExamples()
      runInAction(() => {
        this.resolved = true
      })
    } catch (error) {
      this.ui.showError(error)
    } finally {
      runInAction(() => {
        this.busy = false
      })
    }
  }

  /** First run without examples, or (after confirmation) continuing with an empty database. */
  continueEmpty(): void {
    // From the recovery screen this is the user's explicit choice: only now may the sentinel follow
    // this database (until then the data layer refuses writes and leaves the sentinel alone).
    if (this.state.kind === 'data-missing') {
      void this.data.acceptCurrentDatabase?.().catch((error: unknown) => {
        this.ui.showError(error)
      })
    }
    this.resolved = true
  }

  /**
   * Recomputes the audit log's hash chain once per start. A broken chain means rows were altered or
   * removed outside the app: the frame then shows a standing alert to report it as an incident.
   */
  async verifyAudit(): Promise<void> {
    if (this.state.kind === 'open-failed') return
    if (this.keyUnavailable) {
      this.audit = { status: 'failed', message: { key: 'audit.keyUnavailable' } }
      return
    }
    try {
      const backup = await this.newestBackupHead().catch(() => null)
      const result = await this.data.audit.verifyChain({ backup })
      runInAction(() => {
        this.audit = result.ok
          ? { status: 'ok' }
          : {
              status: 'broken',
              brokenAtSeq: result.brokenAtSeq,
              ...(result.reason ? { reason: result.reason } : {}),
            }
      })
    } catch (error) {
      runInAction(() => {
        this.audit = { status: 'failed', message: errorMessage(error) }
      })
    }
  }

  /** After a backup was restored from the recovery screen. */
  restored(): void {
    this.resolved = true
  }
}
