import { expect, test, type Page } from './support/test'
import AxeBuilder from '@axe-core/playwright'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EXAMPLE_VAN_DEN_BERG } from '#shared'
import { decryptBackup, encryptBackup } from '../../renderer/src/backup/backup-file'
import { SCHEMA_V1 } from '../../renderer/src/data/db'
import { BackupSettingsPage, RestorePanel, TEST_PASSPHRASE, tempFile } from './pages/backup-pages'
import { installDiskFullSwitch, setDiskFull } from './pages/fault-injection'
import { CasesListPage, StartupGatePage } from './pages/workspace-pages'
import { expectNoAuditAlert } from './support/audit'
import { killBrowser, launchOnProfile, type RunningBrowser } from './support/browser-process'
import { rawDatabaseText, settledDatabaseText, storedLabel } from './support/raw-database'

// An adversarial tester's probes of data safety (issue: data-safety probes in a real browser). Where
// the other specs check what the screen shows, these read the stored data raw and compare it byte for
// byte, tamper with it directly, clear half of what the browser keeps, and kill the whole browser.

const AUDIT_ALERT = 'beveiligingsincident'

/** A copy of the Van den Berg example with one change, as file text. */
type Mutable = {
  household: { dates: Record<string, string | null>; members: Record<string, unknown>[] }
  scenarios: { lines: Record<string, unknown>[] }[]
}

function vanDenBergWith(change: (file: Mutable) => void): string {
  const file = structuredClone(EXAMPLE_VAN_DEN_BERG) as unknown as Mutable
  change(file)
  return JSON.stringify(file)
}

/** Runs `mutate` on every row of one store of the app's database, directly in IndexedDB. */
async function editRows(
  page: Page,
  storeName: string,
  mutate: string,
  direction: IDBCursorDirection = 'next',
  limit = Number.MAX_SAFE_INTEGER,
): Promise<number> {
  return page.evaluate(
    ([storeName, mutate, direction, limit]) =>
      new Promise<number>((resolve, reject) => {
        const change = new Function('row', mutate) as (row: unknown) => unknown
        const open = indexedDB.open('maatwerk')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction(storeName as string, 'readwrite')
          let count = 0
          const cursorRequest = tx
            .objectStore(storeName as string)
            .openCursor(null, direction as IDBCursorDirection)
          cursorRequest.onsuccess = () => {
            const cursor = cursorRequest.result
            if (!cursor || count >= (limit as number)) return
            const next = change(cursor.value)
            if (next === null) cursor.delete()
            else if (next !== undefined) cursor.update(next)
            count += 1
            cursor.continue()
          }
          tx.oncomplete = () => {
            db.close()
            resolve(count)
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    [storeName, mutate, direction, limit] as const,
  )
}

test.describe('bad input changes nothing, byte for byte', () => {
  test('bad case files, a well-encrypted backup with bad rows, and a bad tariff table leave every stored byte as it was', async ({
    page,
  }) => {
    test.setTimeout(180_000)
    const list = await new StartupGatePage(page).startWithExamples()
    const backupPath = await new BackupSettingsPage(page).saveBackup()
    await list.goto()
    await expectNoAuditAlert(page)
    const before = await settledDatabaseText(page)

    const nested = '['.repeat(200_000) + ']'.repeat(200_000)
    const badFiles: [string, string, string][] = [
      ['geen-json.json', '{"format": "maatwerk.case", ', 'geen geldige JSON'],
      ['ander-schema.json', '{"format":"iets anders","rows":[]}', 'geen Maatwerk-casusbestand'],
      ['te-groot.json', JSON.stringify({ padding: 'x'.repeat(6 * 1024 * 1024) }), 'te groot'],
      [
        '30-februari.json',
        vanDenBergWith((f) => (f.household.dates.melding = '2025-02-30')),
        'Geen geldige datum',
      ],
      [
        'bsn.json',
        vanDenBergWith((f) => (f.household.members[0]!.bsn = '999993654')),
        'Ongeldig BSN (voldoet niet aan de elfproef)',
      ],
      [
        'negatief-volume.json',
        vanDenBergWith((f) => (f.scenarios[0]!.lines[0]!.volume = -4)),
        'Moet minstens 0 zijn',
      ],
      // Adversarial shapes: a prototype key, and nesting deep enough to overflow a recursive parser.
      [
        'proto.json',
        vanDenBergWith(() => undefined).replace('"household":{', '"household":{"__proto__":{"polluted":1},'),
        '__proto__',
      ],
      ['diep.json', nested, 'Dit bestand is geweigerd'],
    ]
    for (const [name, content, message] of badFiles) {
      await test.step(name, async () => {
        await list.importCaseFile(name, content)
        await expect(list.importProblems).toContainText(message, { timeout: 30_000 })
        expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted')
        expect(await rawDatabaseText(page)).toBe(before)
        await list.goto()
      })
    }

    // A backup that decrypts with the right passphrase but whose rows are wrong: an impossible birth
    // date, an invalid BSN, a negative volume. It must be refused before anything is replaced.
    const { dump, header } = await decryptBackup(new Uint8Array(readFileSync(backupPath)), TEST_PASSPHRASE)
    type Rows = Record<string, { value: Record<string, unknown> }[]>
    const variants: [string, (tables: Rows) => void][] = [
      ['geboortedatum', (tables) => (tables['members']![0]!.value['birthDate'] = '2025-02-30')],
      ['bsn', (tables) => (tables['members']!.find((r) => r.value['bsn'])!.value['bsn'] = '123456789')],
      ['volume', (tables) => (tables['lines']![0]!.value['volume'] = -1)],
    ]
    await page.goto('/#/settings')
    for (const [name, spoil] of variants) {
      await test.step(`back-up met ongeldige rij: ${name}`, async () => {
        const spoilt = structuredClone(dump)
        spoil(spoilt.tables as Rows)
        const bytes = await encryptBackup(spoilt, TEST_PASSPHRASE, { createdAt: header.createdAt })
        const restore = new RestorePanel(page)
        await restore.check(tempFile(`${name}.mwbackup`, Buffer.from(bytes)), TEST_PASSPHRASE)
        // Refused when checked, or at the latest when the restore is confirmed — never written.
        const refused = restore.alert.filter({ hasText: 'Er is niets gewijzigd' })
        await expect(refused.or(restore.restoreButton)).toBeVisible({ timeout: 30_000 })
        if (await restore.restoreButton.isVisible()) await restore.confirmRestore()
        await expect(refused).toBeVisible({ timeout: 30_000 })
        expect(await rawDatabaseText(page)).toBe(before)
        await page.reload()
      })
    }

    await test.step('tarieventabel', async () => {
      await page.goto('/#/catalogue')
      const input = page.getByLabel('Tarieventabel (CSV of XLSX)')
      const csv = [
        'provisionId;deliveryForm;rate;from;to;source',
        'wmo.hulp-bij-het-huishouden;zin;-5;2026-02-30;;bron',
      ].join('\n')
      await input.setInputFiles({ name: 'tarieven.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
      await expect(page.locator('table.import-errors')).toBeVisible()
      await expect(page.getByRole('button', { name: 'Tarieven toepassen' })).toBeDisabled()
      expect(await rawDatabaseText(page)).toBe(before)
    })

    // And after a reload nothing moved either (a deferred write would show here).
    await page.goto('/#/cases')
    await page.reload()
    await expect(list.rows).toHaveCount(6)
    await expectNoAuditAlert(page)
    expect(await rawDatabaseText(page)).toBe(before)
  })
})

test.describe('a full disk', () => {
  test('an import and a save on a full disk change no stored byte; once there is room both work', async ({
    page,
  }) => {
    await installDiskFullSwitch(page)
    const list = await new StartupGatePage(page).startWithExamples()
    await expectNoAuditAlert(page)
    const before = await settledDatabaseText(page)
    const file = vanDenBergWith(() => undefined).replace('"h-van-den-berg"', '"h-vol"')
    const copy = file.replace('"Mevrouw Van den Berg"', '"Schijf vol"')

    await setDiskFull(page, true)
    await list.importCaseFile('vol.json', copy)
    await expect(list.importProblems).toContainText('De schijf of de opslagruimte van de app is vol')
    await page.goto('/#/cases/h-van-den-berg/household')
    const label = page.getByLabel('Naam van het huishouden')
    await label.fill('Niet bewaard')
    await label.press('Enter')
    await expect(page.getByRole('alert').filter({ hasText: 'de schijf is vol' }).first()).toBeVisible()
    expect(await rawDatabaseText(page)).toBe(before)

    // Room again: the same import and the same save go through, and the chain still holds.
    await setDiskFull(page, false)
    await list.goto()
    await list.importCaseFile('vol.json', copy)
    await expect(page.getByRole('status').filter({ hasText: '“Schijf vol” is geïmporteerd.' })).toBeVisible()
    await page.goto('/#/cases/h-van-den-berg/household')
    await label.fill('Wel bewaard')
    await label.press('Enter')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Wel bewaard')
    await expect.poll(() => storedLabel(page, 'h-van-den-berg')).toBe('Wel bewaard')
    await page.reload()
    await list.goto()
    await expect(list.row('Schijf vol')).toHaveCount(1)
    await expect(list.row('Wel bewaard')).toHaveCount(1)
    await expectNoAuditAlert(page)
  })
})

/** An `editRows` change: Mevrouw Van den Berg renamed in her household's stored content row. */
const RENAME_VAN_DEN_BERG = `if (row.householdId !== 'h-van-den-berg') return undefined
  const i = row.members.findIndex((m) => m.value.name === 'Mevrouw Van den Berg')
  if (i < 0) return undefined
  const members = [...row.members]
  members[i] = { ...members[i], value: { ...members[i].value, name: 'Mevrouw Van der Veen' } }
  return { ...row, members }`

/** The examples started, then Mevrouw Van den Berg renamed in IndexedDB behind the app's back. */
async function startWithRenamedVanDenBerg(page: Page): Promise<void> {
  await new StartupGatePage(page).startWithExamples()
  await expectNoAuditAlert(page)
  const altered = await editRows(page, 'caseContents', RENAME_VAN_DEN_BERG)
  expect(altered).toBeGreaterThan(0)
}

test.describe('tampering is reported', () => {
  test('a sealed BSN altered in IndexedDB is reported in Dutch when its household is opened', async ({
    page,
  }) => {
    await new StartupGatePage(page).startWithExamples()
    await expectNoAuditAlert(page)
    const altered = await editRows(
      page,
      'caseContents',
      `if (row.householdId !== 'h-van-den-berg') return undefined
       const i = row.members.findIndex((m) => typeof m.value.bsn === 'string')
       if (i < 0) return undefined
       const member = row.members[i]
       const text = member.value.bsn
       // The first character of the ciphertext (after the IV and its dot): a whole base64 digit of
       // data. Near the end a digit can hold padding bits a decoder ignores, so a flip there may change
       // nothing at all.
       const at = text.indexOf('.') + 1
       const flipped = text[at] === 'A' ? 'B' : 'A'
       const members = [...row.members]
       members[i] = { ...member, value: { ...member.value, bsn: text.slice(0, at) + flipped + text.slice(at + 1) } }
       return { ...row, members }`,
    )
    expect(altered).toBeGreaterThan(0)
    await page.reload()
    await page.goto('/#/cases/h-van-den-berg/household')
    await expect(
      page.getByRole('alert').filter({
        hasText: 'Een versleuteld BSN of een versleutelde notitie van dit huishouden kan niet worden gelezen',
      }),
    ).toBeVisible({ timeout: 20_000 })
  })

  test('a member name edited in IndexedDB is reported in Dutch when its household is opened', async ({
    page,
  }) => {
    await startWithRenamedVanDenBerg(page)
    await page.reload()
    await page.goto('/#/cases/h-van-den-berg/household')
    await expect(
      page.getByRole('alert').filter({ hasText: 'Dit huishouden is buiten Maatwerk gewijzigd' }),
    ).toBeVisible({ timeout: 20_000 })

    // Shown as stored; a save is refused until the consultant accepts the data after review.
    const banner = page.getByTestId('content-changed-banner')
    await expect(banner).toContainText('Buiten Maatwerk gewijzigd')
    await expect(page.getByRole('rowheader', { name: 'Mevrouw Van der Veen' })).toBeVisible()
    const label = page.getByLabel('Naam van het huishouden')
    await label.fill('Niet bewaard')
    await label.press('Enter')
    await page.reload()
    await expect(page.getByLabel('Naam van het huishouden')).toHaveValue('Mevrouw Van den Berg')

    // Cancel changes nothing; accepting clears the banner and writes are possible again.
    await banner.getByRole('button', { name: 'Gegevens na controle accepteren' }).click()
    const dialog = page.getByRole('alertdialog', { name: 'Gewijzigde gegevens accepteren?' })
    await dialog.getByRole('button', { name: 'Annuleren' }).click()
    await expect(banner).toBeVisible()
    await banner.getByRole('button', { name: 'Gegevens na controle accepteren' }).click()
    await dialog.getByRole('button', { name: 'Gegevens na controle accepteren' }).click()
    await expect(banner).toHaveCount(0)
    await label.fill('Van den Berg (nagekeken)')
    await label.press('Enter')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('(nagekeken)')
    await expect.poll(() => storedLabel(page, 'h-van-den-berg')).toBe('Van den Berg (nagekeken)')
    await page.reload()
    await expect(page.getByLabel('Naam van het huishouden')).toHaveValue('Van den Berg (nagekeken)')
    await expect(page.getByTestId('content-changed-banner')).toHaveCount(0)
    await expect(page.getByRole('rowheader', { name: 'Mevrouw Van der Veen' })).toBeVisible()
  })

  test('a household changed in IndexedDB is flagged in the case list and counted on the portfolio page, in Dutch', async ({
    page,
  }) => {
    await startWithRenamedVanDenBerg(page)
    await page.reload()

    // The list's analysis checks every household's MAC as it reads it: the changed one is flagged.
    const list = new CasesListPage(page)
    await list.goto()
    const status = page.getByTestId('caseload-status')
    const flag = page.getByRole('button', { name: 'Buiten Maatwerk gewijzigd (1)' })
    await expect(flag).toBeVisible({ timeout: 30_000 })
    await expect(status).not.toContainText('doorrekenen', { timeout: 30_000 })
    const total = await list.rows.count()
    expect(total).toBeGreaterThan(1)
    await expect(list.row('Mevrouw Van den Berg')).toContainText(
      'Buiten Maatwerk gewijzigd: openen en controleren',
    )
    await expect(page.locator('.attention').filter({ hasText: 'Buiten Maatwerk gewijzigd' })).toHaveCount(1)
    // The flag and its badge stay readable (contrast) and reachable: no serious axe finding.
    const axe = await new AxeBuilder({ page }).include('.caseload-filters').include('.cases-table').analyze()
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
    await flag.click()
    await expect(status).toHaveText(`1 van ${total} huishoudens`)
    expect(await list.labels()).toEqual(['Mevrouw Van den Berg'])
    await flag.click()

    // The portfolio counts it as stored and says where to review it.
    await page.goto('/#/portfolio')
    await expect(page.getByTestId('portfolio-content-changed')).toContainText(
      '1 buiten Maatwerk gewijzigd: ze tellen mee zoals opgeslagen',
      { timeout: 30_000 },
    )

    // Accepted after review: the flag, the badge and the portfolio's line go.
    await page.goto('/#/cases/h-van-den-berg/household')
    const banner = page.getByTestId('content-changed-banner')
    await banner.getByRole('button', { name: 'Gegevens na controle accepteren' }).click()
    await page
      .getByRole('alertdialog', { name: 'Gewijzigde gegevens accepteren?' })
      .getByRole('button', { name: 'Gegevens na controle accepteren' })
      .click()
    await expect(banner).toHaveCount(0)
    await list.goto()
    await expect(list.row('Mevrouw Van den Berg')).toBeVisible()
    await expect(page.locator('.attention').filter({ hasText: 'Buiten Maatwerk gewijzigd' })).toHaveCount(0, {
      timeout: 30_000,
    })
    await expect(status).not.toContainText('doorrekenen', { timeout: 30_000 })
    await expect(page.getByRole('button', { name: /^Buiten Maatwerk gewijzigd/ })).toHaveCount(0)
    await page.goto('/#/portfolio')
    await expect(page.locator('.portfolio-counts')).toBeVisible({ timeout: 30_000 })
    await expect(page.getByTestId('portfolio-content-changed')).toHaveCount(0)
  })

  test('a household changed in IndexedDB is not exported: the case file and the plan are refused, in Dutch', async ({
    page,
  }) => {
    await startWithRenamedVanDenBerg(page)
    let downloads = 0
    page.on('download', () => (downloads += 1))
    await page.reload()

    // The case file from the list: refused with the reason, nothing downloaded.
    const list = new CasesListPage(page)
    await list.goto()
    await page.getByRole('button', { name: 'Exporteren: Mevrouw Van den Berg' }).click()
    await page.getByRole('button', { name: 'Exporteren', exact: true }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'wordt daarom niet geëxporteerd' })).toBeVisible({
      timeout: 20_000,
    })

    // The plan of the open household: refused too.
    await page.goto('/#/cases/h-van-den-berg/plan')
    await expect(page.getByTestId('content-changed-banner')).toBeVisible({ timeout: 20_000 })
    await page.getByRole('button', { name: 'Plan maken (pdf)' }).click()
    await expect(
      page.getByText('Niet geëxporteerd: dit huishouden is buiten Maatwerk gewijzigd'),
    ).toBeVisible()
    expect(downloads).toBe(0)
  })

  // localStorage can be cleared on its own (privacy tools, "clear cookies"). Before, that took the
  // audit anchor with it: someone who then cut back the log and its head in `meta` went unnoticed.
  test('with localStorage cleared, no false alarm, no recovery screen — and a cut-back log is still reported', async ({
    page,
  }) => {
    const list = await new StartupGatePage(page).startWithExamples()
    await page.goto('/#/cases/h-van-den-berg/household')
    const label = page.getByLabel('Naam van het huishouden')
    await label.fill('Van den Berg (na wissen)')
    await label.press('Enter')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('(na wissen)')

    await page.evaluate(() => localStorage.clear())
    await page.reload()
    await list.goto()
    await expect(page.getByRole('heading', { name: 'Uw gegevens lijken te ontbreken' })).toHaveCount(0)
    await expect(list.rows).toHaveCount(6)
    await expectNoAuditAlert(page)
    // The app wrote its sentinel again after the start: it keeps the last anchor, not a fresh one.
    await expect.poll(() => page.evaluate(() => localStorage.getItem('maatwerk.sentinel'))).not.toBeNull()

    // Cut the newest two entries and rewrite the head in meta to match, then clear localStorage again.
    const head = await page.evaluate(
      () =>
        new Promise<{ seq: number; hash: string }>((resolve, reject) => {
          const open = indexedDB.open('maatwerk')
          open.onerror = () => reject(open.error)
          open.onsuccess = () => {
            const db = open.result
            const tx = db.transaction(['audit', 'meta'], 'readwrite')
            const audit = tx.objectStore('audit')
            const all = audit.getAll()
            let newHead = { seq: 0, hash: '' }
            all.onsuccess = () => {
              const rows = all.result as { seq: number; hash: string }[]
              rows.sort((a, b) => a.seq - b.seq)
              for (const row of rows.slice(-2)) audit.delete(row.seq)
              const last = rows[rows.length - 3]!
              newHead = { seq: last.seq, hash: last.hash }
              tx.objectStore('meta').put({ key: 'auditHead', value: newHead })
            }
            tx.oncomplete = () => {
              db.close()
              resolve(newHead)
            }
            tx.onerror = () => reject(tx.error)
          }
        }),
    )
    expect(head.seq).toBeGreaterThan(0)
    await page.evaluate(() => localStorage.clear())
    await page.reload()
    const alert = page.getByRole('alert').filter({ hasText: AUDIT_ALERT })
    await expect(alert).toBeVisible({ timeout: 20_000 })
    await expect(alert).toContainText('ingekort')
  })
})

test.describe('the browser killed', () => {
  test.describe.configure({ timeout: 300_000 })
  let profile: string
  let running: RunningBrowser | null = null

  test.beforeEach(() => {
    profile = mkdtempSync(join(tmpdir(), 'maatwerk-probe-'))
  })

  test.afterEach(async () => {
    if (running) await killBrowser(running).catch(() => undefined)
    running = null
    // A killed Chromium's helpers may still be writing to the profile for a moment.
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
  })

  // Chromium writes localStorage to disk seconds after a change. A save followed at once by a restore
  // and a kill left, before, a sentinel on disk that anchored a head older than the one the restore
  // replaced: the next start took the restored chain for a cut-back one and raised a false alarm.
  test('right after a save and a restore: the data before or after the restore, and no false audit alarm', async ({
    baseURL,
    page,
  }) => {
    // The backup is made in Playwright's own browser (downloads there are the test's): the six examples.
    await new StartupGatePage(page).startWithExamples()
    const backupPath = await new BackupSettingsPage(page).saveBackup()
    running = await launchOnProfile(profile, `${baseURL}/#/cases`)
    await new StartupGatePage(running.page).loadExamples()
    await expect(new CasesListPage(running.page).rows).toHaveCount(6)
    const outcomes: string[] = []
    for (const round of [1, 2, 3]) {
      const page = running.page
      await page.goto(`${baseURL}/#/cases/h-van-den-berg/household`)
      const label = page.getByLabel('Naam van het huishouden')
      await label.fill(`Van den Berg ronde ${round}`)
      await label.press('Enter')
      await expect(page.getByRole('heading', { level: 1 })).toContainText(`ronde ${round}`)
      await page.goto(`${baseURL}/#/settings`)
      const restore = new RestorePanel(page)
      await restore.check(backupPath, TEST_PASSPHRASE)
      await expect(restore.households).toHaveText('6', { timeout: 30_000 })
      await restore.confirmRestore()
      // Kill once the restore has committed (the restored name is stored), before localStorage flushes.
      await expect
        .poll(
          () =>
            page.evaluate(
              () =>
                new Promise<string>((resolve) => {
                  const open = indexedDB.open('maatwerk')
                  open.onsuccess = () => {
                    const request = open.result
                      .transaction('households')
                      .objectStore('households')
                      .get('h-van-den-berg')
                    request.onsuccess = () => {
                      resolve((request.result as { value: { label: string } }).value.label)
                      open.result.close()
                    }
                  }
                }),
            ),
          { timeout: 30_000 },
        )
        .toBe('Mevrouw Van den Berg')
      await killBrowser(running)
      running = await launchOnProfile(profile, `${baseURL}/#/cases`)
      const list = new CasesListPage(running.page)
      await expect(list.heading).toBeVisible({ timeout: 30_000 })
      await expect(list.rows).toHaveCount(6, { timeout: 30_000 })
      await expect(running.page.locator('[data-audit-check]')).toHaveAttribute('data-audit-check', 'ok', {
        timeout: 20_000,
      })
      await expect(running.page.locator('.audit-alert')).toHaveCount(0)
      outcomes.push((await list.labels()).includes('Mevrouw Van den Berg') ? 'restored' : 'before')
    }
    test.info().annotations.push({ type: 'outcomes', description: outcomes.join(', ') })
  })

  // The upgrade of a database from the first release runs in IndexedDB's version-change transaction
  // when the app starts; the browser is killed at moments in and around it. Each restart finds the
  // old database (and upgrades it then) or the upgraded one: never an empty or half-converted one, no
  // recovery screen, and an audit chain that verifies.
  test('during the upgrade of an old database at start: old or upgraded, never lost, no false alarm', async ({
    baseURL,
  }) => {
    running = await launchOnProfile(profile, `${baseURL}/#/cases`)
    await new StartupGatePage(running.page).loadExamples()
    await expect(new CasesListPage(running.page).rows).toHaveCount(6)
    const versions: number[] = []
    for (const delay of [0, 40, 150, 600]) {
      const page = running.page
      await page.route('**/blank-for-test.html', (route) =>
        route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }),
      )
      await page.goto(`${baseURL}/blank-for-test.html`)
      expect(await rewriteAsFirstRelease(page, SCHEMA_V1)).toBe(6)
      await page.goto(`${baseURL}/#/cases`, { waitUntil: 'commit' })
      await page.waitForTimeout(delay)
      versions.push(
        await page
          .evaluate(
            async () => (await indexedDB.databases()).find((d) => d.name === 'maatwerk')?.version ?? 0,
          )
          .catch(() => -1),
      )
      await killBrowser(running)
      running = await launchOnProfile(profile, `${baseURL}/#/cases`)
      const list = new CasesListPage(running.page)
      await expect(list.heading).toBeVisible({ timeout: 30_000 })
      await expect(
        running.page.getByRole('heading', { name: 'Uw gegevens lijken te ontbreken' }),
      ).toHaveCount(0)
      await expect(list.rows).toHaveCount(6, { timeout: 30_000 })
      await expect(running.page.locator('[data-audit-check]')).toHaveAttribute('data-audit-check', 'ok', {
        timeout: 20_000,
      })
      await expect(running.page.locator('.audit-alert')).toHaveCount(0)
    }
    test.info().annotations.push({ type: 'version seen before each kill', description: versions.join(', ') })
  })
})

/**
 * Turns the app's database into one as the first release (schema v1, IndexedDB version 10) left it:
 * the same rows in the v1 stores, audit rows without the erasure flag the v1 → v2 upgrade adds. Runs
 * on a blank page of the app's origin, so no connection of the app stands in the way.
 */
async function rewriteAsFirstRelease(page: Page, schema: Record<string, string>): Promise<number> {
  return page.evaluate(async (schema) => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result)
        r.onerror = () => reject(r.error)
      })
    const keyPathOf = (spec: string): string | string[] =>
      spec.startsWith('[') ? spec.slice(1, -1).split('+') : spec
    const current = await request(indexedDB.open('maatwerk'))
    const rows: Record<string, [IDBValidKey, unknown][]> = {}
    // Since v6 a household's members, carers, assessments, scenarios, lines and do-nothing selection
    // are one `caseContents` row: split it back into the v1 stores (their rows keep their shape).
    const contents = (await request(
      current.transaction('caseContents').objectStore('caseContents').getAll(),
    )) as Record<string, unknown>[]
    for (const name of Object.keys(schema)) {
      if (!current.objectStoreNames.contains(name)) {
        rows[name] = contents.flatMap((content) => {
          const nested = content[name] as unknown
          if (Array.isArray(nested)) return nested.map((row): [IDBValidKey, unknown] => [0, row])
          return nested ? [[0, nested] as [IDBValidKey, unknown]] : []
        })
        continue
      }
      const store = current.transaction(name).objectStore(name)
      const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())])
      rows[name] = keys.map((key, i) => [key, values[i]])
    }
    current.close()
    await request(indexedDB.deleteDatabase('maatwerk'))
    const open = indexedDB.open('maatwerk', 10)
    open.onupgradeneeded = () => {
      const db = open.result
      for (const [name, spec] of Object.entries(schema)) {
        const [primary, ...indexes] = spec.split(',').map((part) => part.trim())
        const store = db.createObjectStore(name, { keyPath: keyPathOf(primary!) })
        for (const index of indexes) store.createIndex(index, keyPathOf(index))
        for (const [, value] of rows[name]!) {
          if (name === 'audit') delete (value as { erased?: boolean }).erased
          store.put(value)
        }
      }
    }
    const db = await request(open)
    db.close()
    return rows['households']!.length
  }, schema)
}
