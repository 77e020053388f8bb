/**
 * A case file opened from the operating system, through the real UI: the page takes it from the
 * bridge on start (here a stand-in `window.desktop`, as the Electron preload would expose), imports
 * it with the same validation as the open dialog, opens the household, and reports refused files.
 */
import { expect, test } from '@playwright/test'
import { serializeCaseFile } from '#shared/case-file'
import { EXAMPLE_BAKKER } from '#shared/examples'

const caseText = serializeCaseFile({
  ...EXAMPLE_BAKKER,
  household: { ...EXAMPLE_BAKKER.household, label: 'Geopend vanuit de verkenner' },
})

const laterText = serializeCaseFile({
  ...EXAMPLE_BAKKER,
  // Another household (a re-import of the same household with other content would ask first).
  household: { ...EXAMPLE_BAKKER.household, id: 'later-geopend', label: 'Later geopend' },
})

test('a case file handed over by the OS is imported and opened; a refused one says why', async ({
  page,
}, testInfo) => {
  await page.addInitScript((text) => {
    const ok = (value: unknown) => Promise.resolve({ ok: true, value })
    let handedOver = false
    const later: unknown[] = []
    // What a second launch with a file does while the window already has the focus.
    ;(window as unknown as { handOverLater: (file: unknown) => void }).handOverLater = (file) =>
      later.push(file)
    ;(window as unknown as { desktop: unknown }).desktop = {
      getAppInfo: () => ok({ name: 'Maatwerk', version: 'e2e', platform: 'linux', userDataPathLabel: '~' }),
      saveFile: () => Promise.resolve({ ok: false, error: { code: 'cancelled', message: '' } }),
      openFile: () => Promise.resolve({ ok: false, error: { code: 'cancelled', message: '' } }),
      openExternal: () => ok(null),
      setLanguage: () => ok(null),
      deviceKey: () => ok({ key: new Uint8Array(32).fill(5), protection: 'os', created: false }),
      takeOpenedCaseFiles: () => {
        if (handedOver) return ok(later.splice(0))
        handedOver = true
        return ok([
          { name: 'te-groot.maatwerk.json', ok: false, error: { code: 'too-large', message: 'x' } },
          { name: 'casus-bakker.maatwerk.json', ok: true, text },
          { name: 'kapot.maatwerk.json', ok: true, text: '{"formatVersion": 1' },
        ])
      },
      sentinel: { read: () => ok(null), write: () => ok(null) },
      backups: {
        write: () => ok({ name: 'b.mwbackup', sizeBytes: 1, createdAt: new Date().toISOString() }),
        list: () => ok([]),
        read: () => Promise.resolve({ ok: false, error: { code: 'not-found', message: '' } }),
      },
    }
  }, caseText)

  await page.goto('/#/cases')

  await expect(page).toHaveURL(/#\/cases\/[^/]+/)
  await expect(page.getByText('Geopend vanuit de verkenner').first()).toBeVisible()
  const alert = page.getByRole('alert').filter({ hasText: 'Casusbestand' })
  await expect(alert).toContainText(
    'Casusbestand “te-groot.maatwerk.json” is niet geopend: het bestand is groter dan 5 MB',
  )
  await expect(alert).toContainText(
    'Casusbestand “kapot.maatwerk.json” is geweigerd; er is niets opgeslagen.',
  )
  await page.screenshot({ path: testInfo.outputPath('opened-case-file.png') })

  // A file handed over while the app runs and has the focus arrives through the periodic check.
  await page.evaluate((text) => {
    const file = { name: 'later.maatwerk.json', ok: true, text }
    ;(window as unknown as { handOverLater: (file: unknown) => void }).handOverLater(file)
  }, laterText)
  await expect(page.getByRole('heading', { name: 'Later geopend', level: 1 })).toBeVisible({
    timeout: 10_000,
  })

  // Only the valid files were stored.
  await page.getByRole('link', { name: 'Casussen' }).first().click()
  await expect(page.locator('table.cases-table tbody tr:not(.spacer)')).toHaveCount(2)
})
