import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CRASH_WINDOW_MS, decideCrashRecovery } from '../../electron/main/crash-recovery'
import { labelForPath } from '../../electron/main/desktop-services'
import { sanitizeSuggestedName } from '../../electron/main/file-names'
import { validateChannelArguments } from '../../electron/main/ipc-validation'
import { HELP_LINKS, buildMenuTemplate, type MenuItemTemplate } from '../../electron/main/menu-template'
import { isAllowedExternalUrl } from '../../electron/main/url-trust'
import { DESKTOP_CHANNELS } from '#shared/ipc/desktop-api'

describe('decideCrashRecovery', () => {
  const now = 1_000_000
  it.each([
    ['clean-exit', [], 'ignore'],
    ['crashed', [], 'reload'],
    ['oom', [now - 1000], 'reload'],
    ['killed', [now - 2000, now - 1000], 'reload'],
    ['crashed', [now - 3000, now - 2000, now - 1000], 'give-up'],
    ['crashed', [now - CRASH_WINDOW_MS - 3, now - CRASH_WINDOW_MS - 2, now - CRASH_WINDOW_MS - 1], 'reload'],
  ] as const)('%s after %j → %s', (reason, previous, expected) => {
    expect(decideCrashRecovery(reason, previous, now)).toBe(expected)
  })
})

describe('sanitizeSuggestedName', () => {
  it.each([
    ['plan.pdf', 'plan.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\x\\plan.pdf', 'plan.pdf'],
    ['plan:<1>?.json', 'plan__1__.json'],
    ['  .hidden  ', 'hidden'],
    ['CON', 'maatwerk'],
    ['nul.txt', 'maatwerk'],
    ['', 'maatwerk'],
    ['...', 'maatwerk'],
    ['a\u0000b\u001fc.json', 'a_b_c.json'],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeSuggestedName(input)).toBe(expected)
  })

  it('never yields a path separator or a leading dot (property)', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        const result = sanitizeSuggestedName(name)
        expect(result).not.toMatch(/[/\\]/)
        expect(result.startsWith('.')).toBe(false)
        expect(result.length).toBeGreaterThan(0)
      }),
      { seed: 3, numRuns: 300 },
    )
  })
})

describe('labelForPath', () => {
  it('shows the home folder as ~ so no user name reaches logs', () => {
    expect(labelForPath('/home/anna/.config/Maatwerk', '/home/anna')).toBe('~/.config/Maatwerk')
    expect(labelForPath('C:\\Users\\anna\\AppData\\Roaming\\Maatwerk', 'C:\\Users\\anna')).toBe(
      '~\\AppData\\Roaming\\Maatwerk',
    )
    expect(labelForPath('/home/annabel/x', '/home/anna')).toBe('/home/annabel/x')
  })
})

describe('validateChannelArguments', () => {
  it('never throws and never accepts garbage for a channel that takes arguments (property)', () => {
    const channels = Object.values(DESKTOP_CHANNELS)
    fc.assert(
      fc.property(
        fc.constantFrom(...channels),
        fc.array(fc.anything(), { maxLength: 3 }),
        (channel, args) => {
          const result = validateChannelArguments(channel, args)
          if (!result.ok) expect(result.error.code).toBe('invalid-argument')
        },
      ),
      { seed: 11, numRuns: 300 },
    )
  })

  it('names the failing paths but not the values', () => {
    const result = validateChannelArguments(DESKTOP_CHANNELS.openExternal, [{ secret: 'BSN 123456782' }])
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).not.toContain('123456782')
  })
})

describe('buildMenuTemplate', () => {
  const labels = (items: MenuItemTemplate[]): string[] =>
    items.flatMap((item) => [item.label ?? '', ...labels(item.submenu ?? [])]).filter(Boolean)
  const roles = (items: MenuItemTemplate[]): string[] =>
    items.flatMap((item) => [item.role ?? '', ...roles(item.submenu ?? [])]).filter(Boolean)
  const base = { isPackaged: false, isMac: false, openExternal: () => undefined }

  it('is Dutch or English throughout, with the same structure', () => {
    const nl = buildMenuTemplate({ ...base, language: 'nl' })
    const en = buildMenuTemplate({ ...base, language: 'en' })
    expect(labels(nl)).toContain('Bewerken')
    expect(labels(en)).toContain('Edit')
    expect(roles(nl)).toEqual(roles(en))
    expect(labels(nl).filter((label) => labels(en).includes(label))).toEqual(['Help'])
  })

  it('offers DevTools only in development builds', () => {
    expect(roles(buildMenuTemplate({ ...base, language: 'nl' }))).toContain('toggleDevTools')
    expect(roles(buildMenuTemplate({ ...base, language: 'nl', isPackaged: true }))).not.toContain(
      'toggleDevTools',
    )
  })

  it('has help links that all pass the external-link allowlist and open through the wrapper', () => {
    for (const url of Object.values(HELP_LINKS)) expect(isAllowedExternalUrl(url), url).toBe(true)
    const opened: string[] = []
    const menu = buildMenuTemplate({ ...base, language: 'nl', openExternal: (url) => opened.push(url) })
    const help = menu.find((item) => item.role === 'help')
    for (const item of help?.submenu ?? []) item.click?.()
    expect(opened).toEqual(Object.values(HELP_LINKS))
  })
})
