/**
 * Issue 15 (plain Dutch, no internals): where a failure carries a platform's own text, the screen
 * says a plain sentence and folds the technical text away under "Technische gegevens" — in a status
 * line (backups, exports) and in the app's notice bar — never inside the sentence itself.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen, within } from '@testing-library/react'
import { MemoryRouter, Route, Routes } from 'react-router-dom'
import type { DataLayer } from '../../../renderer/src/data'
import { i18next, initI18n } from '../../../renderer/src/i18n'
import type { RootStore } from '../../../renderer/src/stores/root-store'
import { StoreProvider } from '../../../renderer/src/stores/store-context'
import { errorMessage } from '../../../renderer/src/stores/messages'
import { StatusLine } from '../../../renderer/src/views/common/StatusLine'
import { AppFrame } from '../../../renderer/src/views/shell/AppFrame'
import { openTestRoot } from '../test-root'

const RAW = 'EACCES: permission denied, open C:\\Users\\consulent\\plan.pdf'

afterEach(() => {
  cleanup()
  void i18next.changeLanguage('nl')
})

describe('StatusLine', () => {
  beforeEach(() => {
    initI18n('nl')
  })

  it('says the failure plainly and keeps the platform text in a closed fold-out', () => {
    const failure = Object.assign(new Error(RAW), { name: 'CaseFileIoError' })
    render(
      <StatusLine
        status={{ kind: 'error', key: 'reports.ui.failed', params: { message: errorMessage(failure) } }}
      />,
    )
    const alert = screen.getByRole('alert')
    expect(alert.textContent).toContain('Exporteren is mislukt: Er ging iets mis.')
    expect(alert.textContent).not.toContain('EACCES')
    const fold = document.querySelector('details.technical-detail')!
    expect(fold).not.toBeNull()
    expect(fold.hasAttribute('open')).toBe(false)
    expect(within(fold as HTMLElement).getByText('Technische gegevens (voor de beheerder)')).toBeTruthy()
    expect(fold.querySelector('code')?.textContent).toBe(`CaseFileIoError: ${RAW}`)
  })

  it('shows no fold-out for a refusal that is fully explained', () => {
    render(
      <StatusLine
        status={{
          kind: 'error',
          key: 'reports.ui.failed',
          params: { message: { key: 'desktop.errors.io' } },
        }}
      />,
    )
    expect(screen.getByRole('alert').textContent).toContain('Exporteren is mislukt')
    expect(document.querySelector('details.technical-detail')).toBeNull()
  })
})

describe('the notice bar', { timeout: 30_000 }, () => {
  let data: DataLayer
  let root: RootStore

  beforeEach(async () => {
    initI18n('nl')
    ;({ data, root } = await openTestRoot('technical-detail'))
  })

  afterEach(() => {
    data.close()
  })

  function renderFrame() {
    render(
      <StoreProvider value={root}>
        <MemoryRouter initialEntries={['/cases']}>
          <Routes>
            <Route element={<AppFrame />}>
              <Route path="/cases" element={<p>Casussen</p>} />
            </Route>
          </Routes>
        </MemoryRouter>
      </StoreProvider>,
    )
  }

  it('folds an unclassified error’s own text away under the plain sentence, in Dutch and English', async () => {
    root.ui.showError(new TypeError(RAW))
    renderFrame()
    const notice = document.querySelector('.notice.notice-error')!
    expect(notice.textContent).toContain('Er ging iets mis.')
    const sentence = notice.querySelector('.notice-body > span')!
    expect(sentence.textContent).not.toContain('EACCES')
    const fold = notice.querySelector('details.technical-detail')!
    expect(fold.querySelector('summary')?.textContent).toBe('Technische gegevens (voor de beheerder)')
    expect(fold.querySelector('code')?.textContent).toBe(`TypeError: ${RAW}`)

    await i18next.changeLanguage('en')
    const english = await screen.findByText('Technical details (for your administrator)')
    expect(english).toBeTruthy()
    expect(document.querySelector('.notice-body > span')?.textContent).toContain('Something went wrong.')
  })

  it('shows no fold-out under a notice without technical text', () => {
    root.ui.showNotice('info', 'decision.optimiser.accepted', { name: 'Voorstel' })
    renderFrame()
    expect(document.querySelector('.notice.notice-info')?.textContent).toContain('Voorstel')
    expect(document.querySelector('details.technical-detail')).toBeNull()
  })
})
