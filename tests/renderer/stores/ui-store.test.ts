import { beforeEach, describe, expect, it } from 'vitest'
import { UiStore } from '../../../renderer/src/stores/ui-store'

describe('UiStore', () => {
  beforeEach(() => localStorage.clear())

  it('starts in Dutch when nothing was chosen', () => {
    expect(new UiStore().language).toBe('nl')
  })

  it('keeps the chosen language for the next start', () => {
    new UiStore().setLanguage('en')
    expect(new UiStore().language).toBe('en')
  })

  it('tells the desktop shell the language at start and on every change (application menu)', () => {
    const told: string[] = []
    const ui = new UiStore((language) => told.push(language))
    ui.setLanguage('en')
    ui.setLanguage('nl')
    expect(told).toEqual(['nl', 'en', 'nl'])
  })
})
