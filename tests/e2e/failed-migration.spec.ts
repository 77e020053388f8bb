import { expect, test, type Page } from './support/test'
import { readFileSync } from 'node:fs'
import { decryptBackup } from '../../renderer/src/backup/backup-file'

// A database written by an earlier version whose data the upgrade cannot convert (issue: data-safety
// probes). The upgrade runs in IndexedDB's version-change transaction, so it leaves the database as it
// was; the app must say so, must not start on an empty database, and must not lose the old rows.

/** An empty page on the app's origin, so the database can be prepared before the app opens it. */
async function openBlankPageOnOrigin(page: Page): Promise<void> {
  await page.route('**/blank-for-test.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }),
  )
  await page.goto('/blank-for-test.html')
}

/**
 * The schema of the app's first version (IndexedDB version 10 = Dexie version 1), with one household
 * and an audit store whose rows have no key path: the v2 upgrade (which re-reads every audit row and
 * keeps `seq` as the key) cannot convert it — Dexie refuses to change a primary key.
 */
async function createUnconvertibleV1Database(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('maatwerk', 10)
        open.onupgradeneeded = () => {
          const db = open.result
          db.createObjectStore('households', { keyPath: 'id' })
          for (const name of ['members', 'carers', 'scenarios']) {
            db.createObjectStore(name, { keyPath: ['householdId', 'id'] }).createIndex(
              'householdId',
              'householdId',
            )
          }
          db.createObjectStore('assessments', { keyPath: ['householdId', 'personId'] }).createIndex(
            'householdId',
            'householdId',
          )
          const lines = db.createObjectStore('lines', { keyPath: ['householdId', 'scenarioId', 'id'] })
          lines.createIndex('householdId', 'householdId')
          lines.createIndex('[householdId+scenarioId]', ['householdId', 'scenarioId'])
          db.createObjectStore('municipalityProfiles', { keyPath: 'code' })
          db.createObjectStore('audit')
          db.createObjectStore('meta', { keyPath: 'key' })
          const tx = open.transaction!
          tx.objectStore('households').put({
            id: 'h-oud',
            value: {
              id: 'h-oud',
              label: 'Huishouden uit de vorige versie',
              municipalityCode: null,
              dates: {},
            },
            example: false,
            origin: null,
            memberCount: 0,
            scenarioCount: 0,
            createdAt: '2025-01-01T00:00:00.000Z',
            updatedAt: '2025-01-01T00:00:00.000Z',
          })
          tx.objectStore('audit').put({ at: '2025-01-01T00:00:00.000Z', action: 'household.create' }, 1)
        }
        open.onsuccess = () => {
          open.result.close()
          resolve()
        }
        open.onerror = () => reject(open.error)
      }),
  )
}

/** The stored database's version and its households, read beside the app. */
async function storedDatabase(page: Page): Promise<{ version: number; labels: string[] }> {
  return page.evaluate(
    () =>
      new Promise<{ version: number; labels: string[] }>((resolve, reject) => {
        const open = indexedDB.open('maatwerk')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const request = db.transaction('households').objectStore('households').getAll()
          request.onsuccess = () => {
            const labels = (request.result as { value: { label: string } }[]).map((row) => row.value.label)
            resolve({ version: db.version, labels })
            db.close()
          }
        }
      }),
  )
}

test('a failed upgrade says so, keeps the old data, and does not start on an empty database', async ({
  page,
}) => {
  await openBlankPageOnOrigin(page)
  await createUnconvertibleV1Database(page)

  await page.goto('/#/cases')
  await expect(page.getByRole('heading', { name: 'De gegevens konden niet worden geopend' })).toBeVisible()
  // Before: only Dexie's English detail ("Not yet support for changing primary key").
  await expect(
    page.getByText('Uw gegevens konden niet worden omgezet naar deze versie van Maatwerk.'),
  ).toBeVisible()
  await expect(page.getByText(/niet aangeraakt/)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Leeg beginnen' })).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Casussen', level: 1 })).toHaveCount(0)
  await page.screenshot({ path: test.info().outputPath('upgrade-failed.png') })

  // The database is still the old one, with its household.
  expect(await storedDatabase(page)).toEqual({ version: 10, labels: ['Huishouden uit de vorige versie'] })

  // Trying again changes nothing either.
  await page.getByRole('button', { name: 'Opnieuw proberen' }).click()
  await expect(page.getByRole('heading', { name: 'De gegevens konden niet worden geopend' })).toBeVisible()
  expect(await storedDatabase(page)).toEqual({ version: 10, labels: ['Huishouden uit de vorige versie'] })

  // In English too.
  await page.evaluate(() => localStorage.setItem('maatwerk.language', 'en'))
  await page.reload()
  await expect(page.getByRole('heading', { name: 'The data could not be opened' })).toBeVisible()
  await expect(page.getByText('Your data could not be converted to this version of Maatwerk.')).toBeVisible()
})

// The failed-migration screen offers to save the old data as it is (an encrypted backup file of the
// untouched database) and says plainly that nothing was changed; saving the copy changes nothing either.
test('after a failed upgrade the old data can be saved as an encrypted copy, and nothing changes', async ({
  page,
}) => {
  await openBlankPageOnOrigin(page)
  await createUnconvertibleV1Database(page)
  await page.goto('/#/cases')
  const copy = page.getByRole('region', { name: 'Een kopie van uw gegevens bewaren' })
  await expect(copy).toBeVisible()
  await expect(copy).toContainText('Er is niets gewijzigd')

  // A passphrase that does not match is refused and saves nothing.
  const passphrase = 'een lange wachtzin voor de kopie'
  await copy.getByLabel('Wachtwoordzin voor de kopie').fill(passphrase)
  await copy.getByLabel('Wachtwoordzin herhalen').fill(`${passphrase}!`)
  await copy.getByRole('button', { name: 'Kopie opslaan' }).click()
  await expect(copy.getByRole('alert')).toBeVisible()

  await copy.getByLabel('Wachtwoordzin herhalen').fill(passphrase)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    copy.getByRole('button', { name: 'Kopie opslaan' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^maatwerk-kopie-oude-versie-.*\.mwbackup$/)
  await expect(copy.getByRole('status')).toContainText('Kopie opgeslagen')
  await expect(copy.getByRole('status')).toContainText('(1 huishoudens)')
  await page.screenshot({ path: test.info().outputPath('untouched-copy.png'), fullPage: true })

  // The file opens with the passphrase and holds the old rows exactly as they were stored.
  const path = test.info().outputPath('copy.mwbackup')
  await download.saveAs(path)
  const { dump } = await decryptBackup(new Uint8Array(readFileSync(path)), passphrase)
  expect(dump.untouched).toEqual({ databaseVersion: 10, outOfLineKeys: { audit: [1] } })
  expect(dump.tables['households']).toEqual([
    expect.objectContaining({
      id: 'h-oud',
      value: expect.objectContaining({ label: 'Huishouden uit de vorige versie' }),
    }),
  ])
  expect(dump.tables['audit']).toEqual([{ at: '2025-01-01T00:00:00.000Z', action: 'household.create' }])

  // The database is still the old one, untouched.
  expect(await storedDatabase(page)).toEqual({ version: 10, labels: ['Huishouden uit de vorige versie'] })

  // In English too.
  await page.evaluate(() => localStorage.setItem('maatwerk.language', 'en'))
  await page.reload()
  const english = page.getByRole('region', { name: 'Keep a copy of your data' })
  await expect(english).toContainText('Nothing has been changed')
  await expect(english.getByRole('button', { name: 'Save copy' })).toBeVisible()
})
