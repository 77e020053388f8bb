/**
 * The pinned Electron major must still be supported (docs/security-model.md#isolation; electron/SECURITY.md row 16). The table
 * electron/packaging/electron-support.json is kept by hand; this test fails on the day the pinned
 * major passes its end of support, or when the table has not been checked for too long.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  ELECTRON_SUPPORT,
  MAX_TABLE_AGE_DAYS,
  majorOf,
  supportVerdict,
  type SupportTable,
} from '../../electron/packaging/electron-support'

const root = resolve(import.meta.dirname, '../..')
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'))
const pinned: string = readJson('package.json').devDependencies.electron

const table: SupportTable = {
  checkedOn: '2026-11-30',
  majors: [{ major: 45, stable: '2026-10-21', endOfSupport: '2027-04-06', projected: true }],
}

describe('the support verdict', () => {
  it('is supported up to and including the end date', () => {
    expect(supportVerdict(table, '45.5.0', '2026-11-30')).toMatchObject({ ok: true, daysLeft: 127 })
    expect(supportVerdict(table, '45.5.0', '2027-03-20')).toMatchObject({ ok: true })
  })

  it('fails the day after the end of support, naming the major and the date', () => {
    const verdict = supportVerdict({ ...table, checkedOn: '2027-03-01' }, '45.5.0', '2027-04-07')
    expect(verdict).toEqual({
      ok: false,
      reason: 'Electron 45 is past its end of support (2027-04-06); upgrade to a supported major.',
    })
  })

  it('fails for a major that is not in the table', () => {
    expect(supportVerdict(table, '46.0.0', '2026-12-20')).toMatchObject({ ok: false })
  })

  it(`fails when the table was last checked more than ${MAX_TABLE_AGE_DAYS} days ago`, () => {
    expect(supportVerdict(table, '45.5.0', '2027-03-31')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/last checked on 2026-11-30/),
    })
  })

  it('reads the major from exact and ranged versions', () => {
    expect(majorOf('45.5.0')).toBe(45)
    expect(majorOf('^45.1.2')).toBe(45)
    expect(majorOf('latest')).toBeNaN()
  })
})

describe('the pinned Electron', () => {
  it('is pinned exactly, and the lockfile and installed package agree', () => {
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/)
    expect(readJson('package-lock.json').packages['node_modules/electron'].version).toBe(pinned)
    expect(readJson('node_modules/electron/package.json').version).toBe(pinned)
  })

  it('is supported today according to the table', () => {
    const today = new Date().toISOString().slice(0, 10)
    const verdict = supportVerdict(ELECTRON_SUPPORT, pinned, today)
    expect(verdict.ok ? 'supported' : verdict.reason).toBe('supported')
  })

  it('has well-formed table rows: one per major, end after stable, projections marked', () => {
    const majors = ELECTRON_SUPPORT.majors.map((row) => row.major)
    expect(new Set(majors).size).toBe(majors.length)
    for (const row of ELECTRON_SUPPORT.majors) {
      expect(row.stable < row.endOfSupport, `Electron ${row.major}`).toBe(true)
      expect(typeof row.projected).toBe('boolean')
    }
  })
})
