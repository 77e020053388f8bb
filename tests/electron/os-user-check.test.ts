// Issue 12 item 8: the workspace lock's OS-backed unlock (Touch ID on macOS), through the narrow,
// validated `desktop:os-user-check` channel. Electron's `systemPreferences` is the fake one.
import { describe, expect, it } from 'vitest'
import { createOsUserCheck, TOUCH_ID_REASON } from '../../electron/main/os-user-check'
import { systemPreferences } from './fake-electron'

function sensor(answer: boolean | null) {
  systemPreferences.touchId = answer
  systemPreferences.prompts.length = 0
  return systemPreferences
}

describe('createOsUserCheck', () => {
  it('offers Touch ID on macOS when the sensor is there, and confirms only when the user did', async () => {
    const check = createOsUserCheck(sensor(true), 'darwin')
    expect(await check('probe')).toEqual({ ok: true, value: true })
    expect(await check('verify')).toEqual({ ok: true, value: true })
    expect(systemPreferences.prompts).toEqual([TOUCH_ID_REASON])
  })

  it('reports a cancelled or failed prompt as not confirmed', async () => {
    const check = createOsUserCheck(sensor(false), 'darwin')
    expect(await check('verify')).toMatchObject({ ok: false, error: { code: 'cancelled' } })
  })

  it.each([
    ['win32', true],
    ['linux', true],
    ['darwin', null],
  ] as const)(
    'has no check on %s (sensor %s): probe false, verify unsupported, no prompt',
    async (platform, answer) => {
      const check = createOsUserCheck(sensor(answer), platform)
      expect(await check('probe')).toEqual({ ok: true, value: false })
      expect(await check('verify')).toMatchObject({ ok: false, error: { code: 'unsupported' } })
      expect(systemPreferences.prompts).toEqual([])
    },
  )
})
