import { expect, test } from './support/test'
import { StartupGatePage } from './pages/workspace-pages'
import { expectNoAuditAlert } from './support/audit'

// BIO2 8.15.05/06: tampering with the audit log is an incident. The app recomputes the hash chain after
// every start and raises a standing alert when a row was altered outside the app.
test('raises an alert when an audit row was altered behind the app’s back', async ({ page }) => {
  const gate = new StartupGatePage(page)
  await gate.open()
  await gate.loadExamples()
  await expect(page.getByRole('link', { name: 'Mevrouw Van den Berg', exact: false }).first()).toBeVisible()
  await expectNoAuditAlert(page)

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
  await expectNoAuditAlert(page)

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

// The head outside the database is part of the save: it is anchored from inside the save's transaction
// and the save resolves only once the sentinel holds it. So even tampering the very moment the save's
// commit is visible in IndexedDB — before the save has resolved — and rewriting the head in `meta` to
// match (only the anchor outside can tell) is reported at the next start.
test('raises an alert when the newest entries and the head in meta are cut back the moment a save commits', async ({
  page,
}) => {
  const gate = new StartupGatePage(page)
  await gate.open()
  await gate.loadExamples()
  await page.goto('/#/cases/h-van-den-berg/household')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Van den Berg')
  const headBefore = await page.evaluate(readStoredHeadSeq)
  const label = page.getByLabel('Naam van het huishouden')
  await label.fill('Mevrouw Van den Berg (gewijzigd)')
  const [cutTo] = await Promise.all([page.evaluate(cutBackOnCommit, headBefore), label.press('Enter')])
  expect(cutTo).toBeGreaterThan(0)
  await expectNoAuditAlert(page)

  await page.reload()
  const alert = page.getByRole('alert').filter({ hasText: 'beveiligingsincident' })
  await expect(alert).toBeVisible({ timeout: 15_000 })
  await expect(alert).toContainText('ingekort')
})

/** In the page: the sequence number of the audit head kept in `meta`. */
function readStoredHeadSeq(): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('maatwerk')
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      const db = open.result
      const request = db.transaction('meta').objectStore('meta').get('auditHead')
      request.onsuccess = () => {
        db.close()
        resolve((request.result as { value?: { seq?: number } } | undefined)?.value?.seq ?? 0)
      }
      request.onerror = () => reject(request.error)
    }
  })
}

/**
 * In the page: waits until a commit moves the audit head past `before`, then at once removes the two
 * newest entries and rewrites the head in `meta` to the entry left last. Returns that entry's seq.
 */
function cutBackOnCommit(before: number): Promise<number> {
  const openDb = () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('maatwerk')
      open.onerror = () => reject(open.error)
      open.onsuccess = () => resolve(open.result)
    })
  const attempt = async (): Promise<number | null> => {
    const db = await openDb()
    return new Promise<number | null>((resolve, reject) => {
      const tx = db.transaction(['audit', 'meta'], 'readwrite')
      const meta = tx.objectStore('meta')
      const audit = tx.objectStore('audit')
      let result: number | null = null
      const headRequest = meta.get('auditHead')
      headRequest.onsuccess = () => {
        const seq = (headRequest.result as { value?: { seq?: number } } | undefined)?.value?.seq ?? 0
        if (seq <= before) return
        audit.delete(seq)
        audit.delete(seq - 1)
        const left = audit.get(seq - 2)
        left.onsuccess = () => {
          const row = left.result as { seq: number; hash: string }
          meta.put({ key: 'auditHead', value: { seq: row.seq, hash: row.hash } })
          result = row.seq
        }
      }
      tx.oncomplete = () => {
        db.close()
        resolve(result)
      }
      tx.onerror = () => reject(tx.error)
    })
  }
  return (async () => {
    for (let tries = 0; tries < 2_000; tries += 1) {
      const cut = await attempt()
      if (cut !== null) return cut
    }
    return -1
  })()
}
