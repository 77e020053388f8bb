// Issue 12, "smaller holes", seen from the screens: a name typed as only invisible characters passes
// the form's "required" check (String.trim keeps zero-width characters), so the data layer is what
// refuses it — this checks the user then sees why, in Dutch and in English, and nothing is stored.
import { afterEach, describe, expect, it } from 'vitest'
import { CaseStore } from '../../../renderer/src/stores/case-store'
import { UiStore } from '../../../renderer/src/stores/ui-store'
import { createWorkspaceEngine } from '../../../renderer/src/stores/workspace-engine'
import { i18next, initI18n } from '../../../renderer/src/i18n'
import type { DataLayer } from '../../../renderer/src/data'
import { noticeText } from '../../../renderer/src/views/shell/notice-text'
import { openTestWorkspace, until } from './workspace-fixtures'

let data: DataLayer | null = null
afterEach(() => {
  data?.close()
  data = null
  initI18n('nl')
})

describe('a name of only invisible characters, typed in a form', () => {
  it.each(['nl', 'en'] as const)(
    'is refused with the reason in the user’s language (%s), and nothing is stored',
    async (language) => {
      const ws = await openTestWorkspace() // sets Dutch
      data = ws.data
      await i18next.changeLanguage(language)
      const id = await ws.data.cases.createHousehold('Familie Jansen')
      const ui = new UiStore()
      const store = new CaseStore(ws.data, ui, createWorkspaceEngine())
      store.open(id)
      await until(() => store.status === 'ready')
      const ok = await store.saveMember({
        id: 'p1',
        name: '\u200B\u200D',
        birthDate: '1980-01-01',
        role: 'client',
        income: { kind: 'none', netMonthlyCents: 0 },
      })
      expect(ok).toBe(false)
      expect(ui.notice?.kind).toBe('error')
      const shown = ui.notice ? noticeText(ui.notice, i18next.t) : ''
      expect(shown).toContain(language === 'nl' ? 'onzichtbare tekens' : 'invisible characters')
      expect(shown).not.toContain('invisibleText')
      expect((await ws.data.cases.loadCase(id))?.household.members).toEqual([])
      store.close()
    },
  )
})
