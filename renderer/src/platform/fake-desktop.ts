/**
 * An in-memory `Desktop` for store and component tests: records what was saved, opened and linked,
 * answers open-file requests from a queue, keeps the sentinel and rotating backups in memory.
 */
import {
  BACKUP_KEEP_COUNT,
  type BackupInfo,
  type DesktopSentinel,
  type Language,
  type OpenedCaseFile,
  type OpenedFile,
  type SaveFileRequest,
} from '#shared/ipc/desktop-api'
import { fail, ok, type Desktop, type DesktopError } from './desktop'
import { isAllowedExternalUrl } from './external-links'

export type FakeDesktop = Desktop & {
  readonly savedFiles: SaveFileRequest[]
  readonly openedExternal: string[]
  readonly languages: Language[]
  /** Answers for the next `openFile` calls, in order; when empty, `openFile` reports 'cancelled'. */
  readonly openFileQueue: (OpenedFile | DesktopError)[]
  /** Case files "the operating system" handed over; `takeOpenedCaseFiles` empties it. */
  readonly openedCaseFiles: OpenedCaseFile[]
  sentinelValue: DesktopSentinel | null
  /** The OS user check the fake answers: null = none on this platform. */
  osUserCheckAnswer: boolean | null
  /** The device key the fake hands out (fixed, so "restarts" in a test keep verifying). */
  deviceKeyValue: Uint8Array
  readonly backupFiles: Map<string, { data: Uint8Array; createdAt: string }>
  /** When set, every call fails with this error (to test error paths). */
  failEverythingWith: DesktopError | null
}

export function createFakeDesktop(
  options: { supportsBackups?: boolean; now?: () => string; keepBackups?: number } = {},
): FakeDesktop {
  const supportsBackups = options.supportsBackups ?? true
  let clock = Date.UTC(2026, 0, 1)
  const now = options.now ?? (() => new Date((clock += 1000)).toISOString())
  const keep = options.keepBackups ?? BACKUP_KEEP_COUNT
  let counter = 0

  const fake: FakeDesktop = {
    kind: 'fake',
    supportsBackups,
    savedFiles: [],
    openedExternal: [],
    languages: [],
    openFileQueue: [],
    openedCaseFiles: [],
    sentinelValue: null,
    osUserCheckAnswer: null,
    deviceKeyValue: new Uint8Array(32).fill(9),
    backupFiles: new Map(),
    failEverythingWith: null,

    async getAppInfo() {
      if (fake.failEverythingWith) return { ok: false, error: fake.failEverythingWith }
      return ok({ name: 'Maatwerk', version: '0.0.0-fake', platform: 'fake', userDataPathLabel: '~/fake' })
    },
    async saveFile(request) {
      if (fake.failEverythingWith) return { ok: false, error: fake.failEverythingWith }
      fake.savedFiles.push(request)
      return ok({ name: request.suggestedName })
    },
    async openFile(request) {
      if (fake.failEverythingWith) return { ok: false, error: fake.failEverythingWith }
      const next = fake.openFileQueue.shift()
      if (!next) return fail('cancelled', 'No file was chosen.')
      if ('code' in next) return { ok: false, error: next }
      if (next.sizeBytes > request.maxBytes)
        return fail('too-large', `The file is larger than ${request.maxBytes} bytes.`)
      return ok(next)
    },
    async openExternal(url) {
      if (fake.failEverythingWith) return { ok: false, error: fake.failEverythingWith }
      if (!isAllowedExternalUrl(url))
        return fail('not-allowed', 'Only https links to known public sites can be opened.')
      fake.openedExternal.push(url)
      return ok(null)
    },
    async setLanguage(language) {
      fake.languages.push(language)
      return ok(null)
    },
    async takeOpenedCaseFiles() {
      if (fake.failEverythingWith) return { ok: false, error: fake.failEverythingWith }
      return ok(fake.openedCaseFiles.splice(0))
    },
    async deviceKey() {
      if (fake.failEverythingWith) return { ok: false, error: fake.failEverythingWith }
      return ok({ key: new Uint8Array(fake.deviceKeyValue), protection: 'os', created: false })
    },
    async osUserCheck(mode) {
      if (mode === 'probe') return ok(fake.osUserCheckAnswer !== null)
      if (fake.osUserCheckAnswer === null) return fail('unsupported', 'No operating-system check here.')
      return fake.osUserCheckAnswer ? ok(true) : fail('cancelled', 'The operating system did not confirm.')
    },
    sentinel: {
      async read() {
        if (fake.failEverythingWith) return { ok: false, error: fake.failEverythingWith }
        return ok(fake.sentinelValue ? { ...fake.sentinelValue } : null)
      },
      async write(value) {
        if (fake.failEverythingWith) return { ok: false, error: fake.failEverythingWith }
        fake.sentinelValue = { ...value }
        return ok(null)
      },
    },
    backups: {
      async write(request) {
        if (!supportsBackups)
          return fail('unsupported', 'Automatic backups are kept by the desktop app only.')
        if (fake.failEverythingWith) return { ok: false, error: fake.failEverythingWith }
        const createdAt = now()
        counter += 1
        const name = `fake-${String(counter).padStart(6, '0')}${request.name ? `-${request.name}` : ''}.mwbackup`
        fake.backupFiles.set(name, { data: new Uint8Array(request.data), createdAt })
        const newestFirst = [...fake.backupFiles.keys()].sort().reverse()
        for (const old of newestFirst.slice(keep)) fake.backupFiles.delete(old)
        return ok({ name, sizeBytes: request.data.byteLength, createdAt })
      },
      async list() {
        if (!supportsBackups)
          return fail('unsupported', 'Automatic backups are kept by the desktop app only.')
        if (fake.failEverythingWith) return { ok: false, error: fake.failEverythingWith }
        const infos: BackupInfo[] = [...fake.backupFiles.entries()]
          .sort(([a], [b]) => (a < b ? 1 : -1))
          .map(([name, file]) => ({ name, sizeBytes: file.data.byteLength, createdAt: file.createdAt }))
        return ok(infos)
      },
      async read(name) {
        if (!supportsBackups)
          return fail('unsupported', 'Automatic backups are kept by the desktop app only.')
        if (fake.failEverythingWith) return { ok: false, error: fake.failEverythingWith }
        const file = fake.backupFiles.get(name)
        return file ? ok(new Uint8Array(file.data)) : fail('not-found', 'No backup with that name.')
      },
    },
  }
  return fake
}
