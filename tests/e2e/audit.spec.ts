import { expect, test } from '@playwright/test'
import { StartupGatePage } from './pages/workspace-pages'

// BIO2 8.15.05/06: tampering with the audit log is an incident. The app recomputes the hash chain after
// every start and raises a standing alert when a row was altered outside the app.
test('raises an alert when an audit row was altered behind the app’s back', async ({ page }) => {
  const gate = new StartupGatePage(page)
  await gate.open()
  await gate.loadExamples()
  await expect(page.getByRole('link', { name: 'Mevrouw Van den Berg', exact: false }).first()).toBeVisible()
  await expect(page.locator('.audit-alert')).toHaveCount(0)

  // Alter the first audit row directly in IndexedDB, as someone with access to the profile could.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('maatwerk')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction('audit', 'readwrite')
          const cursorRequest = tx.objectStore('audit').openCursor()
          cursorRequest.onsuccess = () => {
            const cursor = cursorRequest.result
            if (cursor) cursor.update({ ...cursor.value, action: 'household.delete' })
          }
          tx.oncomplete = () => {
            db.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
  )

  await page.reload()
  await expect(page.getByRole('alert').filter({ hasText: 'beveiligingsincident' })).toBeVisible({
    timeout: 15_000,
  })
})

// The newest entries removed (someone covering their last steps): the chain itself still verifies, so
// only the head kept outside the database (the sentinel) can tell. Issue: data-safety probes.
test('raises an alert when the newest audit entries were deleted behind the app’s back', async ({ page }) => {
  const gate = new StartupGatePage(page)
  await gate.open()
  await gate.loadExamples()
  await page.goto('/#/cases/h-van-den-berg/household')
  const label = page.getByLabel('Naam van het huishouden')
  await label.fill('Mevrouw Van den Berg (gewijzigd)')
  await label.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('(gewijzigd)')
  await expect(page.locator('.audit-alert')).toHaveCount(0)
  // The head kept outside the database is refreshed after the save's commit; the tampering comes later.
  await page.waitForTimeout(2_000)

  const deleted = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('maatwerk')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction('audit', 'readwrite')
          let count = 0
          const cursorRequest = tx.objectStore('audit').openCursor(null, 'prev')
          cursorRequest.onsuccess = () => {
            const cursor = cursorRequest.result
            if (cursor && count < 2) {
              cursor.delete()
              count += 1
              cursor.continue()
            }
          }
          tx.oncomplete = () => {
            db.close()
            resolve(count)
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
  )
  expect(deleted).toBe(2)

  await page.reload()
  const alert = page.getByRole('alert').filter({ hasText: 'beveiligingsincident' })
  await expect(alert).toBeVisible({ timeout: 15_000 })
  await expect(alert).toContainText('ingekort')
})
