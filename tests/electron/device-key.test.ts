// Issue 12 items 6 and 8: the device key (from which the audit chain's HMAC key and the unattended
// backup key are derived) lives outside IndexedDB, encrypted by the OS through safeStorage, and
// reaches the renderer only through the narrow, validated `desktop:device-key` channel.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEVICE_KEY_FILE, loadDeviceKey } from '../../electron/main/device-key'
import { DESKTOP_CHANNELS, type DesktopResult, type DeviceKey } from '#shared/ipc/desktop-api'
import { safeStorage } from './fake-electron'
import { startHarness, type MainHarness } from './main-harness'

let h: MainHarness
beforeEach(async () => {
  h = await startHarness()
})
afterEach(async () => {
  await h.cleanup()
})

async function keyOverIpc(): Promise<DesktopResult<DeviceKey>> {
  return (await h.invoke(DESKTOP_CHANNELS.deviceKey, [])) as DesktopResult<DeviceKey>
}

describe('device key', () => {
  it('is created once, stored encrypted by safeStorage, and the same on every later call', async () => {
    const first = await keyOverIpc()
    expect(first.ok).toBe(true)
    if (!first.ok) return
    expect(first.value).toMatchObject({ protection: 'os', created: true })
    expect(first.value.key).toHaveLength(32)
    const stored = await readFile(join(h.userData, DEVICE_KEY_FILE))
    // Neither the raw key nor its base64 form is in the file.
    const base64 = Buffer.from(first.value.key).toString('base64')
    expect(stored.toString('latin1')).not.toContain(base64)
    expect(stored.includes(Buffer.from(first.value.key))).toBe(false)
    const second = await keyOverIpc()
    expect(second).toEqual({ ok: true, value: { key: first.value.key, protection: 'os', created: false } })
  })

  it('two early calls do not create two keys', async () => {
    const [a, b] = await Promise.all([keyOverIpc(), keyOverIpc()])
    expect(a.ok && b.ok && Buffer.from(a.value.key).equals(Buffer.from(b.value.key))).toBe(true)
    expect(safeStorage.encryptCalls).toBe(1)
  })

  it('never silently replaces a key it cannot decrypt (a new key would make the log look forged)', async () => {
    await keyOverIpc()
    const before = await readFile(join(h.userData, DEVICE_KEY_FILE))
    safeStorage.failDecrypt = true
    expect(await keyOverIpc()).toMatchObject({ ok: false, error: { code: 'corrupt' } })
    expect(await readFile(join(h.userData, DEVICE_KEY_FILE))).toEqual(before)
  })

  it('refuses a tampered key file', async () => {
    await mkdir(h.userData, { recursive: true })
    await writeFile(join(h.userData, DEVICE_KEY_FILE), 'maatwerk-device-key:plain:short\n')
    expect(await keyOverIpc()).toMatchObject({ ok: false, error: { code: 'corrupt' } })
  })

  it('says honestly when the OS cannot protect it (Linux basic_text, or no safeStorage at all)', async () => {
    safeStorage.backend = 'basic_text'
    const basic = await loadDeviceKey(join(h.userData, 'basic'), safeStorage, { platform: 'linux' })
    expect(basic).toMatchObject({ ok: true, value: { protection: 'os-basic', created: true } })
    safeStorage.available = false
    const none = await loadDeviceKey(join(h.userData, 'none'), safeStorage, { platform: 'linux' })
    expect(none).toMatchObject({ ok: true, value: { protection: 'none', created: true } })
    // A key stored with OS protection is not readable without it: refused, not replaced.
    expect(await loadDeviceKey(join(h.userData, 'basic'), safeStorage, { platform: 'linux' })).toMatchObject({
      ok: false,
      error: { code: 'corrupt' },
    })
  })

  it('the channel takes no arguments and answers only the app’s own frame', async () => {
    expect(await h.invoke(DESKTOP_CHANNELS.deviceKey, [{ key: 'mine' }])).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    })
    expect(await h.invoke(DESKTOP_CHANNELS.deviceKey, [], 'https://evil.example/')).toMatchObject({
      ok: false,
      error: { code: 'untrusted-sender' },
    })
  })
})
