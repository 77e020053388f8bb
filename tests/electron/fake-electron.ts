/**
 * A fake `electron` module for main-process and preload tests (aliased as `electron` in
 * vitest.config.ts for the `electron` project). It implements just enough behaviour to run the main
 * process wiring, and records everything a security test wants to look at: BrowserWindow options,
 * web-contents handlers, ipcMain handlers, session handlers, protocol handlers, contextBridge
 * exposures, menu templates, dialog and shell calls. Call `resetFakeElectron()` in `beforeEach`.
 */
/* eslint-disable @typescript-eslint/no-unsafe-function-type */
type Listener = (...args: unknown[]) => unknown

class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>()

  on(event: string, listener: Listener): this {
    const list = this.listeners.get(event) ?? []
    list.push(listener)
    this.listeners.set(event, list)
    return this
  }

  once(event: string, listener: Listener): this {
    return this.on(event, listener)
  }

  emit(event: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(event) ?? []).map((listener) => listener(...args))
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0
  }
}

/** What `event.preventDefault()` left behind, for navigation and webview tests. */
export type FakeEvent = { defaultPrevented: boolean; preventDefault: () => void }

export function createFakeEvent(): FakeEvent {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true
    },
  }
  return event
}

export type Rectangle = { x: number; y: number; width: number; height: number }

class FakeWebRequest {
  beforeRequest: { filter: unknown; listener: Function } | null = null
  headersReceived: { filter: unknown; listener: Function } | null = null

  onBeforeRequest(filterOrListener: unknown, maybeListener?: Function): void {
    this.beforeRequest =
      typeof filterOrListener === 'function'
        ? { filter: null, listener: filterOrListener }
        : { filter: filterOrListener, listener: maybeListener ?? (() => undefined) }
  }

  onHeadersReceived(filterOrListener: unknown, maybeListener?: Function): void {
    this.headersReceived =
      typeof filterOrListener === 'function'
        ? { filter: null, listener: filterOrListener }
        : { filter: filterOrListener, listener: maybeListener ?? (() => undefined) }
  }
}

class FakeProtocol {
  readonly handlers = new Map<string, (request: Request) => Response | Promise<Response>>()
  privilegedSchemes: unknown[] = []

  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    if (this.handlers.has(scheme)) throw new Error(`scheme ${scheme} already handled`)
    this.handlers.set(scheme, handler)
  }

  unhandle(scheme: string): void {
    this.handlers.delete(scheme)
  }

  isProtocolHandled(scheme: string): boolean {
    return this.handlers.has(scheme)
  }

  registerSchemesAsPrivileged(schemes: unknown[]): void {
    if (fakeState.readyResolved) throw new Error('registerSchemesAsPrivileged must be called before ready')
    this.privilegedSchemes.push(...schemes)
  }
}

class FakeSession extends FakeEmitter {
  readonly webRequest = new FakeWebRequest()
  readonly protocol = new FakeProtocol()
  permissionRequestHandler: Function | null = null
  permissionCheckHandler: Function | null = null
  devicePermissionHandler: Function | null = null
  displayMediaRequestHandler: Function | null = null
  spellCheckerEnabled = true

  setPermissionRequestHandler(handler: Function | null): void {
    this.permissionRequestHandler = handler
  }

  setPermissionCheckHandler(handler: Function | null): void {
    this.permissionCheckHandler = handler
  }

  setDevicePermissionHandler(handler: Function | null): void {
    this.devicePermissionHandler = handler
  }

  setDisplayMediaRequestHandler(handler: Function | null): void {
    this.displayMediaRequestHandler = handler
  }

  setSpellCheckerEnabled(enabled: boolean): void {
    this.spellCheckerEnabled = enabled
  }
}

let nextWebContentsId = 1

export class FakeWebContents extends FakeEmitter {
  readonly id = nextWebContentsId++
  readonly loadedUrls: string[] = []
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null
  reloadCount = 0
  devToolsOpened = false
  /** The page's `beforeunload` refuses (an edit not yet stored): unloading asks `will-prevent-unload`. */
  refusesUnload = false
  session: FakeSession

  constructor(session: FakeSession) {
    super()
    this.session = session
  }

  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler
  }

  async loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url)
  }

  async loadFile(path: string): Promise<void> {
    fakeState.loadFileCalls.push(path)
  }

  getURL(): string {
    return this.loadedUrls.at(-1) ?? ''
  }

  /**
   * As Electron: a page that refuses to unload stays, unless a `will-prevent-unload` handler calls
   * `preventDefault()` (which ignores the refusal). True when the page unloads.
   */
  tryUnload(): boolean {
    if (!this.refusesUnload) return true
    const event = createFakeEvent()
    this.emit('will-prevent-unload', event)
    return event.defaultPrevented
  }

  reload(): void {
    if (this.tryUnload()) this.reloadCount += 1
  }

  openDevTools(): void {
    this.devToolsOpened = true
  }

  isDestroyed(): boolean {
    return false
  }
}

export class BrowserWindow extends FakeEmitter {
  static readonly instances: BrowserWindow[] = []
  readonly options: Record<string, unknown>
  readonly webContents: FakeWebContents
  bounds: Rectangle
  maximized = false
  minimized = false
  visible = false
  focusCount = 0
  destroyed = false

  constructor(options: Record<string, unknown> = {}) {
    super()
    this.options = options
    const webPreferences = (options.webPreferences ?? {}) as Record<string, unknown>
    const session = (webPreferences.session as FakeSession | undefined) ?? fakeSession.defaultSession
    this.webContents = new FakeWebContents(session)
    this.bounds = {
      x: typeof options.x === 'number' ? options.x : 0,
      y: typeof options.y === 'number' ? options.y : 0,
      width: typeof options.width === 'number' ? options.width : 800,
      height: typeof options.height === 'number' ? options.height : 600,
    }
    BrowserWindow.instances.push(this)
    fakeState.createdWindowCount += 1
    // Electron emits web-contents-created for every new web contents.
    app.emit('web-contents-created', createFakeEvent(), this.webContents)
  }

  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.instances.filter((window) => !window.destroyed)
  }

  static fromWebContents(contents: unknown): BrowserWindow | null {
    return BrowserWindow.instances.find((window) => window.webContents === contents) ?? null
  }

  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url)
  }

  loadFile(path: string): Promise<void> {
    return this.webContents.loadFile(path)
  }

  show(): void {
    this.visible = true
  }

  focus(): void {
    this.focusCount += 1
  }

  restore(): void {
    this.minimized = false
  }

  minimize(): void {
    this.minimized = true
  }

  isMinimized(): boolean {
    return this.minimized
  }

  maximize(): void {
    this.maximized = true
  }

  isMaximized(): boolean {
    return this.maximized
  }

  getBounds(): Rectangle {
    return { ...this.bounds }
  }

  getNormalBounds(): Rectangle {
    return { ...this.bounds }
  }

  setBounds(bounds: Rectangle): void {
    this.bounds = { ...bounds }
  }

  isDestroyed(): boolean {
    return this.destroyed
  }

  closeCalls = 0

  /** As Electron: `close` first, then the page's beforeunload (which may keep the window open). */
  close(): void {
    if (this.destroyed) return
    this.closeCalls += 1
    const event = createFakeEvent()
    this.emit('close', event)
    if (event.defaultPrevented || !this.webContents.tryUnload()) return
    this.destroyed = true
    this.emit('closed')
  }
}

class FakeApp extends FakeEmitter {
  isPackaged = false
  enableSandboxCalls = 0
  quitCalls = 0
  singleInstanceLock = true
  requestSingleInstanceLockCalls = 0
  /** Order of notable calls, to assert e.g. enableSandbox before ready. */
  readonly calls: string[] = []
  readonly paths = new Map<string, string>()
  private readyResolve: (() => void) | null = null
  private readyPromise: Promise<void> = this.createReadyPromise()

  private createReadyPromise(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.readyResolve = resolve
    })
  }

  enableSandbox(): void {
    if (fakeState.readyResolved) throw new Error('app.enableSandbox() must be called before ready')
    this.enableSandboxCalls += 1
    this.calls.push('enableSandbox')
  }

  requestSingleInstanceLock(): boolean {
    this.requestSingleInstanceLockCalls += 1
    this.calls.push('requestSingleInstanceLock')
    return this.singleInstanceLock
  }

  quit(): void {
    this.quitCalls += 1
    this.calls.push('quit')
  }

  whenReady(): Promise<void> {
    this.calls.push('whenReady')
    return this.readyPromise
  }

  isReady(): boolean {
    return fakeState.readyResolved
  }

  /** Test helper: fire `ready`. */
  makeReady(): void {
    fakeState.readyResolved = true
    this.calls.push('ready')
    this.readyResolve?.()
    this.emit('ready')
  }

  getPath(name: string): string {
    const path = this.paths.get(name)
    if (!path) throw new Error(`fake app.getPath: no path configured for '${name}'`)
    return path
  }

  setPath(name: string, path: string): void {
    this.paths.set(name, path)
  }

  getName(): string {
    return 'Maatwerk'
  }

  getVersion(): string {
    return '0.1.0-test'
  }

  focus(): void {
    this.calls.push('focus')
  }

  /** Test helper. */
  resetState(): void {
    this.listeners.clear()
    this.isPackaged = false
    this.enableSandboxCalls = 0
    this.quitCalls = 0
    this.singleInstanceLock = true
    this.requestSingleInstanceLockCalls = 0
    this.calls.length = 0
    this.paths.clear()
    this.readyPromise = this.createReadyPromise()
  }
}

export const app = new FakeApp()

type IpcHandler = (event: unknown, ...args: unknown[]) => unknown

class FakeIpcMain extends FakeEmitter {
  readonly handlers = new Map<string, IpcHandler>()

  handle(channel: string, handler: IpcHandler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    this.handlers.set(channel, handler)
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel)
  }
}

export const ipcMain = new FakeIpcMain()

class FakeIpcRenderer extends FakeEmitter {
  readonly invocations: { channel: string; args: unknown[] }[] = []
  /** What `invoke` resolves to; tests may replace it. */
  respond: (channel: string, args: unknown[]) => unknown = () => ({ ok: true, value: null })

  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push({ channel, args })
    return this.respond(channel, args)
  }

  send(channel: string, ...args: unknown[]): void {
    this.invocations.push({ channel, args })
  }
}

export const ipcRenderer = new FakeIpcRenderer()

class FakeContextBridge {
  readonly exposed = new Map<string, unknown>()

  exposeInMainWorld(key: string, api: unknown): void {
    if (this.exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property '${key}'`)
    this.exposed.set(key, api)
  }
}

export const contextBridge = new FakeContextBridge()

const fakeSession = {
  defaultSession: new FakeSession(),
  partitions: new Map<string, FakeSession>(),
  fromPartition(partition: string): FakeSession {
    const existing = fakeSession.partitions.get(partition)
    if (existing) return existing
    const created = new FakeSession()
    fakeSession.partitions.set(partition, created)
    return created
  },
}

export const session = fakeSession

/** The global `protocol` module acts on the default session, as in Electron. */
export const protocol = {
  get privilegedSchemes(): unknown[] {
    return fakeSession.defaultSession.protocol.privilegedSchemes
  },
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    fakeSession.defaultSession.protocol.registerSchemesAsPrivileged(schemes)
  },
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    fakeSession.defaultSession.protocol.handle(scheme, handler)
  },
  unhandle(scheme: string): void {
    fakeSession.defaultSession.protocol.unhandle(scheme)
  },
  isProtocolHandled(scheme: string): boolean {
    return fakeSession.defaultSession.protocol.isProtocolHandled(scheme)
  },
}

export type FakeMenu = { template: unknown[] }

export const Menu = {
  applicationMenu: null as FakeMenu | null,
  templates: [] as unknown[][],
  buildFromTemplate(template: unknown[]): FakeMenu {
    Menu.templates.push(template)
    return { template }
  },
  setApplicationMenu(menu: FakeMenu | null): void {
    Menu.applicationMenu = menu
  },
}

type DialogCall = { method: string; window: unknown; options: Record<string, unknown> }

export const dialog = {
  calls: [] as DialogCall[],
  /** Queued answers; when empty, dialogs report "cancelled". */
  saveResults: [] as { canceled: boolean; filePath?: string }[],
  openResults: [] as { canceled: boolean; filePaths: string[] }[],
  async showSaveDialog(
    windowOrOptions: unknown,
    maybeOptions?: Record<string, unknown>,
  ): Promise<{ canceled: boolean; filePath?: string }> {
    const [window, options] = splitDialogArgs(windowOrOptions, maybeOptions)
    dialog.calls.push({ method: 'showSaveDialog', window, options })
    return dialog.saveResults.shift() ?? { canceled: true, filePath: '' }
  },
  async showOpenDialog(
    windowOrOptions: unknown,
    maybeOptions?: Record<string, unknown>,
  ): Promise<{ canceled: boolean; filePaths: string[] }> {
    const [window, options] = splitDialogArgs(windowOrOptions, maybeOptions)
    dialog.calls.push({ method: 'showOpenDialog', window, options })
    return dialog.openResults.shift() ?? { canceled: true, filePaths: [] }
  },
  async showMessageBox(
    windowOrOptions: unknown,
    maybeOptions?: Record<string, unknown>,
  ): Promise<{ response: number; checkboxChecked: boolean }> {
    const [window, options] = splitDialogArgs(windowOrOptions, maybeOptions)
    dialog.calls.push({ method: 'showMessageBox', window, options })
    return { response: 0, checkboxChecked: false }
  },
  /** Queued answers (button index) for showMessageBoxSync; when empty, the cancel button's index. */
  messageBoxSyncResults: [] as number[],
  showMessageBoxSync(windowOrOptions: unknown, maybeOptions?: Record<string, unknown>): number {
    const [window, options] = splitDialogArgs(windowOrOptions, maybeOptions)
    dialog.calls.push({ method: 'showMessageBoxSync', window, options })
    return (
      dialog.messageBoxSyncResults.shift() ?? (typeof options.cancelId === 'number' ? options.cancelId : 0)
    )
  },
  showErrorBox(title: string, content: string): void {
    dialog.calls.push({ method: 'showErrorBox', window: null, options: { title, content } })
  },
}

function splitDialogArgs(
  windowOrOptions: unknown,
  maybeOptions: Record<string, unknown> | undefined,
): [unknown, Record<string, unknown>] {
  if (maybeOptions !== undefined) return [windowOrOptions, maybeOptions]
  return [null, (windowOrOptions ?? {}) as Record<string, unknown>]
}

export const shell = {
  openedExternal: [] as string[],
  async openExternal(url: string): Promise<void> {
    shell.openedExternal.push(url)
  },
  async openPath(path: string): Promise<string> {
    fakeState.openPathCalls.push(path)
    return ''
  },
}

export const screen = {
  displays: [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] as {
    id: number
    workArea: Rectangle
  }[],
  getAllDisplays(): { id: number; workArea: Rectangle }[] {
    return screen.displays
  },
  getPrimaryDisplay(): { id: number; workArea: Rectangle } {
    const primary = screen.displays[0]
    if (!primary) throw new Error('fake screen: no displays')
    return primary
  },
}

/**
 * A fake `safeStorage`: "encrypts" by XOR with a per-test secret and a marker, so tests can see that
 * the stored bytes are not the plain text, make the OS key store unavailable, switch the Linux
 * backend to `basic_text`, or make decryption fail (a reset keychain).
 */
export const safeStorage = {
  available: true,
  backend: 'gnome_libsecret' as string,
  failDecrypt: false,
  secret: 0x5a,
  encryptCalls: 0,
  async isAsyncEncryptionAvailable(): Promise<boolean> {
    return safeStorage.available
  },
  async encryptStringAsync(plainText: string): Promise<Buffer> {
    if (!safeStorage.available) throw new Error('Encryption is not available.')
    safeStorage.encryptCalls += 1
    const bytes = Buffer.from(plainText, 'utf8').map((byte) => byte ^ safeStorage.secret)
    return Buffer.concat([Buffer.from('v11'), bytes])
  },
  async decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }> {
    if (!safeStorage.available || safeStorage.failDecrypt)
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.')
    if (encrypted.subarray(0, 3).toString() !== 'v11') throw new Error('not encrypted by safeStorage')
    const bytes = Buffer.from(Buffer.from(encrypted.subarray(3)).map((byte) => byte ^ safeStorage.secret))
    return { result: bytes.toString('utf8'), shouldReEncrypt: false }
  },
  getSelectedStorageBackend(): string {
    return safeStorage.backend
  },
}

const fakeState = {
  readyResolved: false,
  createdWindowCount: 0,
  loadFileCalls: [] as string[],
  openPathCalls: [] as string[],
}

/** Read-only view of bookkeeping the classes above do not hold themselves. */
export const fakeElectronState = fakeState as Readonly<typeof fakeState>

/** Restores the fake to a fresh, not-yet-ready Electron. */
/** A fake `systemPreferences` with Touch ID: `touchId` null = no sensor; true/false = the user's answer. */
export const systemPreferences = {
  touchId: null as boolean | null,
  prompts: [] as string[],
  canPromptTouchID(): boolean {
    return systemPreferences.touchId !== null
  },
  async promptTouchID(reason: string): Promise<void> {
    systemPreferences.prompts.push(reason)
    if (systemPreferences.touchId !== true) throw new Error('User cancelled')
  },
}

export function resetFakeElectron(): void {
  systemPreferences.touchId = null
  systemPreferences.prompts.length = 0
  fakeState.readyResolved = false
  fakeState.createdWindowCount = 0
  fakeState.loadFileCalls.length = 0
  fakeState.openPathCalls.length = 0
  app.resetState()
  BrowserWindow.instances.length = 0
  ipcMain.handlers.clear()
  ipcMain.listeners.clear()
  ipcRenderer.invocations.length = 0
  ipcRenderer.listeners.clear()
  ipcRenderer.respond = () => ({ ok: true, value: null })
  contextBridge.exposed.clear()
  fakeSession.defaultSession = new FakeSession()
  fakeSession.partitions.clear()
  Menu.applicationMenu = null
  Menu.templates.length = 0
  dialog.calls.length = 0
  dialog.saveResults.length = 0
  dialog.openResults.length = 0
  dialog.messageBoxSyncResults.length = 0
  shell.openedExternal.length = 0
  screen.displays = [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]
  safeStorage.available = true
  safeStorage.backend = 'gnome_libsecret'
  safeStorage.failDecrypt = false
  safeStorage.secret = 0x5a
  safeStorage.encryptCalls = 0
}

export type { FakeSession }
