/**
 * "No audit alert" means something only once the start-up audit check has run: until it ends the
 * frame shows no alert either way. So the probes first wait for the app frame's `data-audit-check`
 * to read 'ok' (renderer/src/views/shell/AppFrame.tsx) — a broken or failed check fails here, with
 * its status in the message — and then see that no alert stands.
 */
import { expect, type Page } from '@playwright/test'

export async function expectNoAuditAlert(page: Page, timeout = 20_000): Promise<void> {
  await expect(page.locator('[data-audit-check]')).toHaveAttribute('data-audit-check', 'ok', { timeout })
  await expect(page.locator('.audit-alert')).toHaveCount(0)
}
