/**
 * The release check (`npm run release-check`): what only the real Electron app can show. Runs the
 * built app (out/) with the Electron binary from node_modules, and reads the fuses of the packaged
 * binary in dist/. Never part of `npm test`; see electron/SECURITY.md "What awaits a machine with the
 * Electron binary".
 *
 * Playwright drives Electron through --inspect and --remote-debugging-port, which the release fuses
 * switch off; so the app checks run the unpackaged build (same code, same origin, same protocol) and
 * the packaged binary is checked for its fuses.
 */
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test'
import { getCurrentFuseWire } from '@electron/fuses'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { serializeCaseFile } from '#shared/case-file'
import { EXAMPLE_BAKKER } from '#shared/examples'
import { electronBinaryPath } from '../../electron/packaging/after-pack'
import { FUSE_INDEX, RELEASE_FUSES, type ReleaseFuseName } from '../../electron/packaging/fuses'
import { CasesListPage, StartupGatePage } from '../e2e/pages/workspace-pages'

const root = resolve(import.meta.dirname, '../..')
const executablePath = process.env.MAATWERK_ELECTRON_BINARY ?? ''
const userData = mkdtempSync(join(tmpdir(), 'maatwerk-release-'))
const environment = { ...process.env, MAATWERK_USER_DATA_DIR: userData } as Record<string, string>

test.describe.configure({ mode: 'serial' })
test.afterAll(() => rmSync(userData, { recursive: true, force: true }))

async function launch(): Promise<{ app: ElectronApplication; page: Page }> {
  if (!executablePath)
    throw new Error('Run this through `npm run release-check` (it finds the Electron binary).')
  const app = await electron.launch({ executablePath, args: [root], env: environment })
  const page = await app.firstWindow()
  await page.waitForLoadState('domcontentloaded')
  return { app, page }
}

test('loads from app://bundle with the CSP as a response header; injected inline script does not run', async () => {
  const { app, page } = await launch()
  try {
    expect(page.url()).toMatch(/^app:\/\/bundle\/index\.html/)
    expect(await page.evaluate(() => location.origin)).toBe('app://bundle')
    const csp = await page.evaluate(async () =>
      (await fetch('/index.html')).headers.get('content-security-policy'),
    )
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain("'unsafe-eval'")
    const ran = await page.evaluate(async () => {
      const violations: string[] = []
      document.addEventListener('securitypolicyviolation', (event) =>
        violations.push(event.violatedDirective),
      )
      const script = document.createElement('script')
      script.textContent = 'window.__maatwerkInjected = true'
      document.head.append(script)
      await new Promise((done) => setTimeout(done, 200))
      return { ran: (window as { __maatwerkInjected?: boolean }).__maatwerkInjected === true, violations }
    })
    expect(ran.ran).toBe(false)
    expect(ran.violations.join(' ')).toContain('script-src')
  } finally {
    await app.close()
  }
})

test('the renderer is sandboxed and has no Node: no require, no process', async () => {
  const { app, page } = await launch()
  try {
    expect(await page.evaluate(() => [typeof require, typeof process, typeof module])).toEqual([
      'undefined',
      'undefined',
      'undefined',
    ])
    const rendererMetrics = await app.evaluate(({ app: electronApp }) =>
      electronApp.getAppMetrics().filter((metric) => metric.type === 'Tab'),
    )
    expect(rendererMetrics.length).toBeGreaterThan(0)
    for (const metric of rendererMetrics) {
      if (typeof metric.sandboxed === 'boolean') {
        expect(metric.sandboxed).toBe(true) // macOS, Windows
      } else {
        // Linux: Chromium's renderer sandbox is seccomp-bpf (Seccomp: 2 in /proc/<pid>/status).
        const { readFileSync } = await import('node:fs')
        expect(readFileSync(`/proc/${metric.pid}/status`, 'utf8')).toMatch(/^Seccomp:\s*2$/m)
      }
    }
  } finally {
    await app.close()
  }
})

test('navigation away and new windows are refused', async () => {
  const { app, page } = await launch()
  try {
    const before = page.url()
    await page.evaluate(() => {
      location.href = 'https://example.com/'
    })
    await page.waitForTimeout(1000)
    expect(page.url()).toBe(before)
    const opened = await page.evaluate(() => window.open('https://example.com/', '_blank') === null)
    expect(opened).toBe(true)
    await page.waitForTimeout(500)
    expect(app.windows()).toHaveLength(1)
  } finally {
    await app.close()
  }
})

test("the bridge answers the app's own page and refuses any other page, even with the same preload", async () => {
  const { app, page } = await launch()
  try {
    const own = await page.evaluate(async () => {
      const desktop = (window as unknown as { desktop: { getAppInfo(): Promise<{ ok: boolean }> } }).desktop
      return (await desktop.getAppInfo()).ok
    })
    expect(own).toBe(true)
    const foreign = await app.evaluate(
      async ({ BrowserWindow }, preload) => {
        const window = new BrowserWindow({
          show: false,
          webPreferences: { preload, sandbox: true, contextIsolation: true, nodeIntegration: false },
        })
        try {
          await window.loadURL('data:text/html,<p>foreign</p>')
          return await window.webContents.executeJavaScript(
            'window.desktop.getAppInfo().then((r) => r.ok ? "answered" : r.error.code)',
          )
        } finally {
          window.destroy()
        }
      },
      join(root, 'out/preload/index.cjs'),
    )
    expect(foreign).toBe('untrusted-sender')
  } finally {
    await app.close()
  }
})

test('case data survives a restart; a second launch exits and hands its case file to the first', async () => {
  const labels = await (async () => {
    const { app, page } = await launch()
    try {
      const gate = new StartupGatePage(page)
      await gate.loadExamples()
      const list = new CasesListPage(page)
      await expect(list.heading).toBeVisible()
      await expect(list.rows.first()).toBeVisible()
      const firstLabels = await list.labels()
      expect(firstLabels.length).toBeGreaterThan(0)
      return firstLabels
    } finally {
      await app.close()
    }
  })()

  const { app, page } = await launch()
  try {
    const list = new CasesListPage(page)
    await expect(list.heading).toBeVisible()
    await expect(list.rows.first()).toBeVisible()
    expect(await list.labels()).toEqual(labels)
    await expect(page.getByRole('heading', { name: 'Uw gegevens lijken te ontbreken' })).toHaveCount(0)

    // Single-instance lock: a second launch with a case file quits and the first imports the file.
    const caseFile = join(userData, '..', `release-check-${Date.now()}.maatwerk.json`)
    writeFileSync(
      caseFile,
      serializeCaseFile({
        ...EXAMPLE_BAKKER,
        household: { ...EXAMPLE_BAKKER.household, label: 'Release-check Bakker' },
      }),
    )
    const second = spawn(executablePath, [root, caseFile], { env: environment, stdio: 'ignore' })
    const exitCode = await new Promise<number | null>((done) => second.on('exit', (code) => done(code)))
    expect(exitCode).toBe(0)
    expect(app.windows()).toHaveLength(1)
    await expect(page.getByText('Release-check Bakker').first()).toBeVisible({ timeout: 15_000 })
    rmSync(caseFile, { force: true })
  } finally {
    await app.close()
  }
})

test('the packaged binary in dist/ has the release fuses', async () => {
  test.skip(
    process.env.MAATWERK_RELEASE_SKIP_PACKAGE === '1',
    'MAATWERK_RELEASE_SKIP_PACKAGE=1: the packaged fuses were NOT checked',
  )
  const dist = join(root, 'dist')
  const unpacked = existsSync(dist) ? readdirSync(dist).filter((name) => /-unpacked$|^mac/.test(name)) : []
  expect(unpacked, 'no packaged app in dist/: run `npm run package` first').not.toHaveLength(0)
  const platform = process.platform === 'darwin' ? 'darwin' : process.platform === 'win32' ? 'win32' : 'linux'
  for (const folder of unpacked) {
    const binary = electronBinaryPath({ appOutDir: join(dist, folder), electronPlatformName: platform })
    const wire = (await getCurrentFuseWire(binary)) as unknown as Record<number, number>
    for (const [name, enabled] of Object.entries(RELEASE_FUSES) as [ReleaseFuseName, boolean][]) {
      expect(String.fromCharCode(wire[FUSE_INDEX[name]]!), `${folder}: ${name}`).toBe(enabled ? '1' : '0')
    }
  }
})
