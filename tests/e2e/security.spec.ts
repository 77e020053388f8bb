/**
 * Security of the running renderer in Chromium (docs/security-model.md#isolation, "R" rows):
 * the CSP never fires while the app is used, injected inline code does not run, nothing is
 * requested from outside the served origin, and without Electron the browser fallback of the
 * desktop platform does the file work (download, file picker, sentinel in localStorage).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test'
import { build } from 'vite'
import { createAppProtocolHandler } from '../../electron/main/app-protocol'
import { APP_CONTENT_SECURITY_POLICY, CSP_HEADER_ONLY_DIRECTIVES } from '../../electron/main/csp'
import type { DesktopApi } from '#shared/ipc/desktop-api'

/** The header policy as the <meta> of index.html carries it (without header-only directives). */
function metaPolicyOf(policy: string): string {
  return policy
    .split('; ')
    .filter((directive) => !CSP_HEADER_ONLY_DIRECTIVES.includes(directive.split(' ')[0] ?? ''))
    .join('; ')
}

type Violation = { directive: string; blocked: string; sample: string }

declare global {
  interface Window {
    __cspViolations?: Violation[]
    __injectedRan?: boolean
  }
}

/** Watches a page for CSP violations and its context for requests that leave the served origin. */
class SecurityProbe {
  readonly offOriginRequests: string[] = []
  readonly cspConsoleMessages: string[] = []

  private constructor(private readonly page: Page) {}

  static async attach(page: Page, context: BrowserContext, origin: string): Promise<SecurityProbe> {
    const probe = new SecurityProbe(page)
    await context.addInitScript(() => {
      window.__cspViolations = []
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__cspViolations?.push({
          directive: event.violatedDirective,
          blocked: event.blockedURI,
          sample: event.sample,
        })
      })
    })
    await context.route('**/*', (route) => {
      const url = route.request().url()
      if (new URL(url).origin === origin) return route.continue()
      probe.offOriginRequests.push(url)
      return route.abort('blockedbyclient')
    })
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) probe.cspConsoleMessages.push(message.text())
    })
    return probe
  }

  violations(): Promise<Violation[]> {
    return this.page.evaluate(() => window.__cspViolations ?? [])
  }
}

/** The app as a user meets it: first-run offer, the main areas, the case list. */
class MaatwerkApp {
  readonly loadExamples: Locator
  readonly nav: Locator
  readonly caseLinks: Locator

  constructor(private readonly page: Page) {
    this.loadExamples = page.getByRole('button', {
      name: /Voorbeeldhuishoudens laden|Load example households/,
    })
    this.nav = page.getByRole('navigation', { name: /Hoofdmenu|Main menu/ })
    this.caseLinks = page.locator('main a[href^="#/cases/"]')
  }

  async startWithExamples(): Promise<void> {
    await this.page.goto('/')
    await this.loadExamples.click()
    await expect(this.caseLinks.first()).toBeVisible()
  }

  async openArea(name: string): Promise<void> {
    await this.nav.getByRole('link', { name }).click()
    await expect(this.page.getByRole('heading', { level: 1 }).first()).toBeVisible()
  }

  /** Opens the first case and clicks through every tab of the case workspace. */
  async tourFirstCase(): Promise<void> {
    await this.page.goto('/#/cases')
    await this.caseLinks.first().click()
    await expect(this.page).toHaveURL(/#\/cases\/[^/]+\//)
    const caseBase = this.page.url().replace(/\/[^/]*$/, '/')
    const hash = new URL(caseBase).hash
    const tabs = this.page.locator(`a[href^="${hash}"]`)
    // The case layout renders after its data arrives: wait for the tabs before counting them.
    await expect(tabs.first()).toBeVisible()
    const count = await tabs.count()
    expect(count).toBeGreaterThanOrEqual(8)
    for (let index = 0; index < count; index += 1) {
      await tabs.nth(index).click()
      await this.page.waitForLoadState('networkidle')
    }
  }

  /** Runs the optimiser once (HiGHS compiles its WebAssembly under the CSP's 'wasm-unsafe-eval'). */
  async runOptimiser(): Promise<void> {
    await this.page.goto(this.page.url().replace(/\/[^/]*$/, '/optimiser'))
    await this.page.getByRole('button', { name: /^(Optimaliseren|Optimise)$/ }).click()
    // The solver's .wasm was fetched from our origin, and the run has finished (result or message).
    await expect
      .poll(() =>
        this.page.evaluate(() =>
          performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('.wasm')),
        ),
      )
      .toBe(true)
    await expect(this.page.getByRole('status').filter({ hasText: /…|\.\.\./ })).toHaveCount(0, {
      timeout: 30_000,
    })
  }

  async switchLanguage(label: 'English' | 'Nederlands'): Promise<void> {
    await this.page.goto('/#/settings')
    await this.page.getByLabel(label).check()
  }
}

test.describe('security of the running renderer', () => {
  test('using the app raises no CSP violation and requests nothing outside its origin', async ({
    page,
    context,
    baseURL,
  }) => {
    const probe = await SecurityProbe.attach(page, context, new URL(baseURL ?? '').origin)
    const app = new MaatwerkApp(page)
    await app.startWithExamples()
    for (const area of ['Casussen', 'Portefeuille', 'Catalogus en tarieven', 'Instellingen']) {
      await app.openArea(area)
    }
    await app.tourFirstCase()
    await app.runOptimiser()
    await page.screenshot({ path: test.info().outputPath('security-optimiser.png'), fullPage: true })
    await app.switchLanguage('English')
    await app.openArea('Portfolio')
    await app.openArea('Cases')
    await page.screenshot({ path: test.info().outputPath('security-tour.png'), fullPage: true })

    expect(await probe.violations()).toEqual([])
    expect(probe.cspConsoleMessages).toEqual([])
    expect(probe.offOriginRequests).toEqual([])
  })

  test('injected inline code, inline handlers, data: scripts and remote images are blocked', async ({
    page,
    context,
    baseURL,
  }) => {
    const probe = await SecurityProbe.attach(page, context, new URL(baseURL ?? '').origin)
    await page.goto('/')
    await page.evaluate(() => {
      const inline = document.createElement('script')
      inline.textContent = 'window.__injectedRan = true'
      document.body.append(inline)
      const dataScript = document.createElement('script')
      dataScript.src = 'data:text/javascript,window.__injectedRan=true'
      document.body.append(dataScript)
      const handler = document.createElement('div')
      handler.innerHTML = '<img src="/does-not-exist.png" onerror="window.__injectedRan = true">'
      document.body.append(handler)
      const remote = document.createElement('img')
      remote.src = 'https://evil.example/pixel.png'
      document.body.append(remote)
    })
    await expect
      .poll(async () => (await probe.violations()).map((violation) => violation.directive).sort())
      .toEqual(expect.arrayContaining(['img-src', 'script-src-attr', 'script-src-elem']))
    expect(await page.evaluate(() => window.__injectedRan ?? false)).toBe(false)
    // Blocked by CSP before any request was made: the probe saw nothing leave.
    expect(probe.offOriginRequests).toEqual([])
  })

  test('the page CSP forbids eval from page code', async ({ page }) => {
    await page.goto('/')
    // A script of our own origin (served by the route below) tries eval; it must throw.
    await page.route('**/eval-probe.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: 'try { eval("1"); document.title = "eval-allowed" } catch { document.title = "eval-blocked" }',
      }),
    )
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.src = '/eval-probe.js'
      document.body.append(script)
    })
    await expect(page).toHaveTitle('eval-blocked')
  })
})

/**
 * The platform module itself, bundled on the fly and loaded as a same-origin module script into the
 * served app (so it runs under the app's CSP), then driven through real Chromium downloads, file
 * choosers, popups and localStorage.
 */
let probeBundle = ''

test.describe('the browser fallback of the desktop platform', () => {
  test.beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'maatwerk-platform-probe-'))
    const entry = join(dir, 'entry.ts')
    const platform = resolve('renderer/src/platform/index.ts').split('\\').join('/')
    writeFileSync(
      entry,
      `import { detectDesktop } from '${platform}'\n(window as any).__platform = detectDesktop(window)\n`,
    )
    await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        outDir: dir,
        emptyOutDir: false,
        minify: false,
        lib: { entry, formats: ['es'], fileName: () => 'platform-probe.js' },
      },
    })
    probeBundle = join(dir, 'platform-probe.js')
  })

  async function loadPlatform(page: Page): Promise<void> {
    await page.route('**/__platform-probe.js', (route) =>
      route.fulfill({ path: probeBundle, contentType: 'text/javascript' }),
    )
    await page.goto('/')
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.type = 'module'
      script.src = '/__platform-probe.js'
      document.head.append(script)
    })
    await page.waitForFunction(() => '__platform' in window)
  }

  test('the app runs without window.desktop and keeps its data sentinel in localStorage', async ({
    page,
  }) => {
    const app = new MaatwerkApp(page)
    await app.startWithExamples()
    expect(await page.evaluate(() => 'desktop' in window)).toBe(false)
    await expect
      .poll(() =>
        page.evaluate(() => JSON.parse(localStorage.getItem('maatwerk.sentinel') ?? 'null')?.householdCount),
      )
      .toBeGreaterThan(0)
  })

  test('saves as a download, opens through the file picker, refuses unknown links', async ({
    page,
    context,
    baseURL,
  }) => {
    const probe = await SecurityProbe.attach(page, context, new URL(baseURL ?? '').origin)
    await loadPlatform(page)
    expect(
      await page.evaluate(() => (window as unknown as { __platform: { kind: string } }).__platform.kind),
    ).toBe('browser')

    const downloadPromise = page.waitForEvent('download')
    const saved = await page.evaluate(() =>
      (window as unknown as { __platform: DesktopApi }).__platform.saveFile({
        suggestedName: 'casus-test.maatwerk.json',
        data: '{"format":"maatwerk.case","naam":"Jansen-Özdemir"}',
      }),
    )
    expect(saved).toEqual({ ok: true, value: { name: 'casus-test.maatwerk.json' } })
    const download = await downloadPromise
    expect(download.suggestedFilename()).toBe('casus-test.maatwerk.json')
    expect(readFileSync(await download.path(), 'utf8')).toBe(
      '{"format":"maatwerk.case","naam":"Jansen-Özdemir"}',
    )

    const chooserPromise = page.waitForEvent('filechooser')
    const opened = page.evaluate(() =>
      (window as unknown as { __platform: DesktopApi }).__platform.openFile({
        maxBytes: 1000,
        filters: [{ name: 'Casusbestand', extensions: ['json'] }],
      }),
    )
    const chooser = await chooserPromise
    expect(await chooser.element().getAttribute('accept')).toBe('.json')
    await chooser.setFiles({
      name: 'casus.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"a":"é"}'),
    })
    expect(await opened).toEqual({
      ok: true,
      value: { name: 'casus.json', sizeBytes: 10, data: '{"a":"é"}' },
    })

    const refused = await page.evaluate(() =>
      (window as unknown as { __platform: DesktopApi }).__platform.openExternal('https://evil.example/'),
    )
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-allowed' } })
    const backups = await page.evaluate(() =>
      (window as unknown as { __platform: DesktopApi }).__platform.backups.list(),
    )
    expect(backups).toMatchObject({ ok: false, error: { code: 'unsupported' } })

    expect(await probe.violations()).toEqual([])
    expect(probe.offOriginRequests).toEqual([])
  })

  test('opens an allowlisted link in a new tab without access to the app', async ({ page, context }) => {
    await loadPlatform(page)
    await context.route('https://wetten.overheid.nl/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>wet</title>' }),
    )
    const popupPromise = context.waitForEvent('page')
    const result = await page.evaluate(() =>
      (window as unknown as { __platform: DesktopApi }).__platform.openExternal(
        'https://wetten.overheid.nl/BWBR0035362',
      ),
    )
    expect(result).toEqual({ ok: true, value: null })
    const popup = await popupPromise
    await popup.waitForLoadState()
    expect(popup.url()).toBe('https://wetten.overheid.nl/BWBR0035362')
    expect(await popup.evaluate(() => window.opener)).toBeNull()
  })
})

/** Fails (never skips) when `npm run build` has not produced the file: a missing build is a failure. */
function expectBuilt(path: string): void {
  expect(existsSync(path), `${path} is missing: run \`npm run build\` before the end-to-end tests`).toBe(true)
}

test.describe('the desktop build', () => {
  const preload = resolve('out/preload/index.cjs')
  test('the built preload is one CommonJS file whose only require is electron', () => {
    expectBuilt(preload)
    const text = readFileSync(preload, 'utf8')
    const requires = [...text.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1])
    expect(requires).toEqual(['electron'])
    expect(text).not.toMatch(/^\s*(import|export)\s/m)
    expect(text).toContain('exposeInMainWorld("desktop"')
  })

  test('the app:// protocol handler serves every file of the built renderer with its type and CSP', async () => {
    const rendererDir = resolve('out/renderer')
    expectBuilt(join(rendererDir, 'index.html'))
    const handler = createAppProtocolHandler(rendererDir)
    const files = readdirSync(rendererDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(rendererDir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    expect(files).toContain('index.html')
    for (const file of files) {
      const response = await handler(new Request(`app://bundle/${file}`))
      expect(response.status, file).toBe(200)
      expect(response.headers.get('content-security-policy'), file).toBe(APP_CONTENT_SECURITY_POLICY)
      if (/\.(js|css|html|wasm)$/.test(file)) {
        expect(response.headers.get('content-type'), file).not.toBe('application/octet-stream')
      }
    }
    const index = await (await handler(new Request('app://bundle/'))).text()
    expect(index).toContain(`content="${metaPolicyOf(APP_CONTENT_SECURITY_POLICY)}"`)
  })

  test('the built main process never loads files or http content', () => {
    const main = resolve('out/main/index.js')
    expectBuilt(main)
    const text = readFileSync(main, 'utf8')
    expect(text).not.toMatch(/\.loadFile\(/)
    expect(text).toContain('app://bundle/index.html')
    expect(text).toContain('enableSandbox()')
  })
})
