import { readFile, writeFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startMainProcess } from '../../electron/main/main-process'
import { APP_START_URL, DESKTOP_CHANNELS } from '#shared/ipc/desktop-api'
import {
  BrowserWindow,
  Menu,
  app,
  createFakeEvent,
  fakeElectronState,
  protocol,
  resetFakeElectron,
  screen,
  session,
  shell,
  type FakeMenu,
} from './fake-electron'
import { startHarness, type MainHarness } from './main-harness'

let harness: MainHarness | null = null

afterEach(async () => {
  await harness?.cleanup()
  harness = null
})

async function start(options: { isPackaged?: boolean } = {}): Promise<MainHarness> {
  harness = await startHarness(options)
  return harness
}

type Template = { label?: string; role?: string; submenu?: Template[] }

function menuLabels(menu: FakeMenu | null): string[] {
  return ((menu?.template ?? []) as Template[]).map((item) => item.label ?? '')
}

describe('startMainProcess: before ready', () => {
  it('enables the sandbox for all renderers and registers app:// as a privileged standard, secure scheme before ready', async () => {
    const { window } = await start()
    expect(app.enableSandboxCalls).toBe(1)
    expect(app.calls.indexOf('enableSandbox')).toBeLessThan(app.calls.indexOf('ready'))
    expect(protocol.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ])
    expect(window).toBeDefined()
  })

  it('takes the single-instance lock before creating a window; a second instance focuses the first', async () => {
    const { window } = await start()
    expect(app.calls.indexOf('requestSingleInstanceLock')).toBeLessThan(app.calls.indexOf('ready'))
    window.minimize()
    const focusesBefore = window.focusCount
    app.emit('second-instance', createFakeEvent(), [], '/')
    expect(window.isMinimized()).toBe(false)
    expect(window.focusCount).toBe(focusesBefore + 1)
  })

  it('quits without a window when another instance holds the lock', async () => {
    resetFakeElectron()
    app.singleInstanceLock = false
    const started = startMainProcess({ rendererRoot: '/nowhere', preloadPath: '/nowhere/preload.cjs' })
    app.makeReady()
    expect(await started).toBeNull()
    expect(app.quitCalls).toBe(1)
    expect(fakeElectronState.createdWindowCount).toBe(0)
  })
})

describe('the window', () => {
  it('is created with the locked-down options (snapshot of every security preference)', async () => {
    const { window } = await start()
    const preferences = window.options.webPreferences as Record<string, unknown>
    expect({ ...preferences, preload: '<preload>' }).toEqual({
      preload: '<preload>',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableWebSQL: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      devTools: true,
    })
    expect(String(preferences.preload)).toMatch(/preload\.cjs$/)
    expect(window.options.show).toBe(false)
  })

  it('has DevTools off in the packaged app', async () => {
    const { window } = await start({ isPackaged: true })
    expect((window.options.webPreferences as Record<string, unknown>).devTools).toBe(false)
  })

  it('loads only the fixed app origin, never a file', async () => {
    const { window } = await start()
    expect(window.webContents.loadedUrls).toEqual([APP_START_URL])
    expect(fakeElectronState.loadFileCalls).toEqual([])
  })

  it('serves app:// from the protocol handler of the default session', async () => {
    await start()
    expect(session.defaultSession.protocol.handlers.has('app')).toBe(true)
    const handler = session.defaultSession.protocol.handlers.get('app')
    // The renderer folder of this harness does not exist: a traversal attempt must still not escape.
    const refused = await handler?.(new Request('app://bundle/..%2f..%2f..%2fetc/passwd'))
    expect(refused?.status).toBe(400)
    const elsewhere = await handler?.(new Request('app://other/index.html'))
    expect(elsewhere?.status).toBe(403)
  })

  it('reloads the app origin after a renderer crash, but stops after a crash loop', async () => {
    const { window } = await start()
    window.webContents.emit('render-process-gone', createFakeEvent(), { reason: 'clean-exit', exitCode: 0 })
    expect(window.webContents.loadedUrls).toHaveLength(1)
    window.webContents.emit('render-process-gone', createFakeEvent(), { reason: 'crashed', exitCode: 11 })
    expect(window.webContents.loadedUrls).toEqual([APP_START_URL, APP_START_URL])
    window.webContents.emit('render-process-gone', createFakeEvent(), { reason: 'oom', exitCode: 1 })
    window.webContents.emit('render-process-gone', createFakeEvent(), { reason: 'killed', exitCode: 9 })
    window.webContents.emit('render-process-gone', createFakeEvent(), { reason: 'crashed', exitCode: 11 })
    expect(window.webContents.loadedUrls).toHaveLength(4)
  })
})

describe('web contents hardening', () => {
  type UrlEvent = ReturnType<typeof createFakeEvent> & { url: string }
  const urlEvent = (url: string): UrlEvent => Object.assign(createFakeEvent(), { url })

  it.each([
    ['https://evil.example/', true, false],
    ['file:///etc/passwd', true, false],
    ['javascript:alert(1)', true, false],
    ['https://wetten.overheid.nl/BWBR0035362', true, true],
    ['app://bundle/index.html', false, false],
  ])('will-navigate to %s: prevented=%s, opened in browser=%s', async (url, prevented, external) => {
    const { window } = await start()
    const event = urlEvent(url)
    window.webContents.emit('will-navigate', event)
    expect(event.defaultPrevented).toBe(prevented)
    await Promise.resolve()
    expect(shell.openedExternal).toEqual(external ? [url] : [])
  })

  it('also guards frame navigation and redirects, without opening links twice', async () => {
    const { window } = await start()
    const frameEvent = urlEvent('https://evil.example/')
    window.webContents.emit('will-frame-navigate', frameEvent)
    expect(frameEvent.defaultPrevented).toBe(true)
    const allowlistedFrame = urlEvent('https://wetten.overheid.nl/')
    window.webContents.emit('will-frame-navigate', allowlistedFrame)
    expect(allowlistedFrame.defaultPrevented).toBe(true)
    const ownFrame = urlEvent('app://bundle/index.html')
    window.webContents.emit('will-frame-navigate', ownFrame)
    expect(ownFrame.defaultPrevented).toBe(false)
    const redirect = urlEvent('https://wetten.overheid.nl/')
    window.webContents.emit('will-redirect', redirect)
    expect(redirect.defaultPrevented).toBe(true)
    await Promise.resolve()
    // Neither opens anything in the browser (only a top-level will-navigate does, once).
    expect(shell.openedExternal).toEqual([])
  })

  it('never opens a new window; allowlisted links go to the browser', async () => {
    const { window } = await start()
    const open = window.webContents.windowOpenHandler
    expect(open?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })
    expect(open?.({ url: 'app://bundle/index.html' })).toEqual({ action: 'deny' })
    expect(open?.({ url: 'https://www.rijksoverheid.nl/' })).toEqual({ action: 'deny' })
    await Promise.resolve()
    expect(shell.openedExternal).toEqual(['https://www.rijksoverheid.nl/'])
  })

  it('prevents attaching any <webview>', async () => {
    const { window } = await start()
    const event = createFakeEvent()
    window.webContents.emit('will-attach-webview', event, {}, { src: 'https://evil.example/' })
    expect(event.defaultPrevented).toBe(true)
  })

  it('hardens every web contents created later too', async () => {
    await start()
    const extra = new BrowserWindow({})
    expect(extra.webContents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({
      action: 'deny',
    })
    expect(extra.webContents.listenerCount('will-navigate')).toBe(1)
  })
})

describe('session hardening', () => {
  const permissions = [
    'media',
    'geolocation',
    'notifications',
    'midi',
    'midiSysex',
    'pointerLock',
    'fullscreen',
    'openExternal',
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'idle-detection',
    'window-management',
    'fileSystem',
    'unknown',
  ]

  it.each(permissions)('denies the permission request %s', async (permission) => {
    await start()
    const answers: boolean[] = []
    session.defaultSession.permissionRequestHandler?.(
      {},
      permission,
      (granted: boolean) => answers.push(granted),
      {},
    )
    expect(answers).toEqual([false])
    expect(session.defaultSession.permissionCheckHandler?.({}, permission, 'app://bundle', {})).toBe(false)
  })

  it('denies device access and screen capture, and turns spellchecking off', async () => {
    await start()
    expect(
      session.defaultSession.devicePermissionHandler?.({ deviceType: 'usb', origin: 'app://bundle' }),
    ).toBe(false)
    const answers: unknown[] = []
    session.defaultSession.displayMediaRequestHandler?.({}, (streams: unknown) => answers.push(streams))
    expect(answers).toEqual([{}])
    expect(session.defaultSession.spellCheckerEnabled).toBe(false)
  })

  it.each([
    ['app://bundle/assets/index.js', false],
    ['https://wetten.overheid.nl/', true],
    ['http://127.0.0.1:8080/exfiltrate', true],
    ['wss://evil.example/socket', true],
    ['file:///etc/passwd', true],
    ['devtools://devtools/bundled/inspector.html', true],
  ])('cancels every non-app request in the packaged app: %s → cancel=%s', async (url, cancel) => {
    await start({ isPackaged: true })
    const filter = session.defaultSession.webRequest.beforeRequest
    expect(filter?.filter).toEqual({ urls: ['<all_urls>'] })
    const answers: unknown[] = []
    filter?.listener({ url }, (response: unknown) => answers.push(response))
    expect(answers).toEqual([{ cancel }])
  })
})

describe('application menu', () => {
  it('starts in Dutch and is rebuilt in English through setLanguage', async () => {
    const h = await start()
    expect(menuLabels(Menu.applicationMenu)).toEqual(
      expect.arrayContaining(['Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help']),
    )
    expect(await h.invoke(DESKTOP_CHANNELS.setLanguage, ['en'])).toEqual({ ok: true, value: null })
    expect(menuLabels(Menu.applicationMenu)).toEqual(
      expect.arrayContaining(['File', 'Edit', 'View', 'Window', 'Help']),
    )
    expect(await h.invoke(DESKTOP_CHANNELS.setLanguage, ['nl'])).toEqual({ ok: true, value: null })
    expect(menuLabels(Menu.applicationMenu)).toContain('Bestand')
  })
})

describe('window state', () => {
  it('is written atomically on close and restored at the next start', async () => {
    const first = await start()
    first.window.setBounds({ x: 100, y: 80, width: 1000, height: 700 })
    first.window.maximize()
    first.window.close()
    await first.handle.flushWindowState()
    const stored = JSON.parse(await readFile(join(first.userData, 'window-state.json'), 'utf8'))
    expect(stored).toEqual({ bounds: { x: 100, y: 80, width: 1000, height: 700 }, maximized: true })

    // Next start in the same userData folder.
    const userData = first.userData
    const documents = first.documents
    resetFakeElectron()
    app.setPath('userData', userData)
    app.setPath('documents', documents)
    const started = startMainProcess({ rendererRoot: '/nowhere', preloadPath: '/nowhere/preload.cjs' })
    app.makeReady()
    const second = await started
    const window = second?.window as unknown as BrowserWindow
    expect(window.options).toMatchObject({ x: 100, y: 80, width: 1000, height: 700 })
    expect(window.isMaximized()).toBe(true)
  })

  it('ignores a damaged state file and opens centred on the display', async () => {
    resetFakeElectron()
    const h = await start()
    await mkdir(h.userData, { recursive: true })
    await writeFile(join(h.userData, 'window-state.json'), '{"bounds": {"x": "evil"}')
    resetFakeElectron()
    app.setPath('userData', h.userData)
    app.setPath('documents', h.documents)
    screen.displays = [{ id: 1, workArea: { x: 0, y: 0, width: 1600, height: 900 } }]
    const started = startMainProcess({ rendererRoot: '/nowhere', preloadPath: '/nowhere/preload.cjs' })
    app.makeReady()
    const window = (await started)?.window as unknown as BrowserWindow
    expect(window.options).toMatchObject({ x: 160, y: 30, width: 1280, height: 840 })
  })
})
