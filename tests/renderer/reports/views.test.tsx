import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { MemoryRouter } from 'react-router-dom'
import { EXAMPLE_CASES, EXAMPLE_VAN_DEN_BERG } from '#shared'
import { createMemorySentinel, openDataLayer, type DataLayer } from '../../../renderer/src/data'
import { initI18n } from '../../../renderer/src/i18n'
import { createFakeDesktop } from '../../../renderer/src/platform'
import { RootStore } from '../../../renderer/src/stores/root-store'
import { StoreProvider } from '../../../renderer/src/stores/store-context'
import { createWorkspaceEngine } from '../../../renderer/src/stores/workspace-engine'
import { PlanTab } from '../../../renderer/src/views/case/plan/PlanTab'
import { RestorePanel } from '../../../renderer/src/views/settings/RestorePanel'
import { appI18n } from '../stores/workspace-fixtures'

let counter = 0
let data: DataLayer
let root: RootStore

beforeEach(async () => {
  initI18n('nl')
  counter += 1
  data = await openDataLayer({
    auditKey: new Uint8Array(32).fill(7),
    name: `reports-views-${counter}-${Date.now()}`,
    sentinel: createMemorySentinel(),
  })
  root = new RootStore({
    data,
    engine: createWorkspaceEngine(),
    files: { pickFile: null, saveFile: async () => 'saved' },
    desktop: createFakeDesktop({ supportsBackups: false }),
    i18n: appI18n,
  })
})

afterEach(() => {
  cleanup()
  root.openCase.close()
  data.close()
})

function renderWithStores(node: React.ReactNode) {
  return render(
    <StoreProvider value={root}>
      <MemoryRouter>{node}</MemoryRouter>
    </StoreProvider>,
  )
}

describe('PlanTab', { timeout: 30_000 }, () => {
  it('erases the household only after the confirmation word is typed', async () => {
    const id = await data.cases.importCaseFile(EXAMPLE_VAN_DEN_BERG)
    root.openCase.open(id)
    renderWithStores(<PlanTab />)
    const erase = (await screen.findByRole('button', { name: 'Definitief verwijderen' })) as HTMLButtonElement
    expect(
      (screen.getByLabelText('Gepseudonimiseerd (namen vervangen, geen BSN)') as HTMLInputElement).checked,
    ).toBe(true)
    expect(erase.disabled).toBe(true)
    fireEvent.change(screen.getByLabelText('Typ VERWIJDEREN om te bevestigen'), {
      target: { value: 'verwijder' },
    })
    expect(erase.disabled).toBe(true)
    fireEvent.change(screen.getByLabelText('Typ VERWIJDEREN om te bevestigen'), {
      target: { value: 'VERWIJDEREN' },
    })
    expect(erase.disabled).toBe(false)
    fireEvent.click(erase)
    await waitFor(async () => expect(await data.cases.loadCase(id)).toBeNull())
  })
})

describe('RestorePanel', { timeout: 60_000 }, () => {
  it('shows what a backup holds and enables the restore only after the confirmation', async () => {
    for (const file of EXAMPLE_CASES) await data.cases.importCaseFile(file)
    const bytes = await root.backups.createBackupBytes('een lange wachtzin')
    renderWithStores(<RestorePanel />)
    const input = screen.getByLabelText('Back-upbestand kiezen')
    fireEvent.change(input, { target: { files: [new File([new Uint8Array(bytes)], 'backup.mwbackup')] } })
    await screen.findByText('Gekozen: backup.mwbackup')
    fireEvent.change(screen.getByLabelText('Wachtwoordzin'), { target: { value: 'een lange wachtzin' } })
    fireEvent.click(screen.getByRole('button', { name: 'Bestand controleren' }))
    const households = await screen.findByTestId('backup-households', {}, { timeout: 20_000 })
    expect(households.textContent).toBe(String(EXAMPLE_CASES.length))
    const restore = screen.getByRole('button', { name: 'Terugzetten' }) as HTMLButtonElement
    expect(restore.disabled).toBe(true)
    fireEvent.click(
      screen.getByLabelText('Ik begrijp dat alle huidige gegevens worden vervangen door deze back-up'),
    )
    expect(restore.disabled).toBe(false)
  })

  it('tells the user when the passphrase is wrong and offers nothing to restore', async () => {
    const bytes = await root.backups.createBackupBytes('een lange wachtzin')
    renderWithStores(<RestorePanel />)
    fireEvent.change(screen.getByLabelText('Back-upbestand kiezen'), {
      target: { files: [new File([new Uint8Array(bytes)], 'backup.mwbackup')] },
    })
    await screen.findByText('Gekozen: backup.mwbackup')
    fireEvent.change(screen.getByLabelText('Wachtwoordzin'), { target: { value: 'fout' } })
    fireEvent.click(screen.getByRole('button', { name: 'Bestand controleren' }))
    const alert = await screen.findByRole('alert', {}, { timeout: 20_000 })
    expect(alert.textContent).toContain('De wachtwoordzin is onjuist')
    expect(screen.queryByRole('button', { name: 'Terugzetten' })).toBeNull()
  })
})
