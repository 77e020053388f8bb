import { describe, expect, it } from 'vitest'
import { DEBIAN_CHROMIUM, isOnPath, planBrowser } from '../e2e/ensure-browser.mjs'

const none = (): boolean => false
const only =
  (...paths: string[]) =>
  (path: string): boolean =>
    paths.includes(path)

describe('planBrowser (the browser check before the end-to-end tests)', () => {
  it('uses CHROMIUM_PATH when it exists, and stops with a message when it does not', () => {
    const env = { CHROMIUM_PATH: '/opt/chrome/chrome' }
    expect(planBrowser({ env, exists: only('/opt/chrome/chrome'), isRoot: true, hasAptGet: true })).toEqual({
      kind: 'use',
      path: '/opt/chrome/chrome',
    })
    const plan = planBrowser({ env, exists: only(DEBIAN_CHROMIUM), isRoot: true, hasAptGet: true })
    expect(plan.kind).toBe('fail')
    expect(plan.kind === 'fail' && plan.reason).toContain('/opt/chrome/chrome')
  })

  it("uses Debian's chromium when it is installed", () => {
    expect(planBrowser({ env: {}, exists: only(DEBIAN_CHROMIUM), isRoot: false, hasAptGet: false })).toEqual({
      kind: 'use',
      path: DEBIAN_CHROMIUM,
    })
  })

  it('installs chromium with apt-get only as root on a machine that has apt-get', () => {
    expect(planBrowser({ env: {}, exists: none, isRoot: true, hasAptGet: true })).toEqual({ kind: 'apt' })
    expect(planBrowser({ env: {}, exists: none, isRoot: false, hasAptGet: true })).toEqual({
      kind: 'playwright',
    })
    expect(planBrowser({ env: {}, exists: none, isRoot: true, hasAptGet: false })).toEqual({
      kind: 'playwright',
    })
  })
})

describe('isOnPath', () => {
  it('finds node on the PATH and not a made-up command', () => {
    expect(isOnPath('node')).toBe(true)
    expect(isOnPath('maatwerk-no-such-command')).toBe(false)
  })
})
