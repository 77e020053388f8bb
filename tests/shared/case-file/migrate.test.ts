import { describe, expect, it } from 'vitest'
import {
  CASE_FILE_UPGRADERS,
  CASE_FILE_VERSION,
  migrateCaseFile,
  serializeCaseFile,
  type CaseFileUpgrader,
} from '#shared/case-file'
import { EXAMPLE_BAKKER } from '#shared/examples'

const v1 = (): Record<string, unknown> =>
  JSON.parse(serializeCaseFile(EXAMPLE_BAKKER)) as Record<string, unknown>

// A made-up future: v2 renames `scenarios` to `plans`, v3 adds `tags`. Only the mechanism is real.
const toV2: CaseFileUpgrader = {
  from: 1,
  name: 'v1-to-v2-rename-scenarios',
  upgrade: ({ scenarios, ...rest }) => ({ ...rest, formatVersion: 2, plans: scenarios }),
}
const toV3: CaseFileUpgrader = {
  from: 2,
  name: 'v2-to-v3-add-tags',
  upgrade: (file) => ({ ...file, formatVersion: 3, tags: [] }),
}

describe('migrateCaseFile', () => {
  it('passes a file of the current version through unchanged, applying nothing', () => {
    const file = v1()
    expect(CASE_FILE_VERSION).toBe(1)
    expect(migrateCaseFile(file)).toEqual({ ok: true, value: file, applied: [] })
  })

  it('has one upgrader for every version below the current one', () => {
    const froms = CASE_FILE_UPGRADERS.map((u) => u.from)
    expect(froms).toEqual(Array.from({ length: CASE_FILE_VERSION - 1 }, (_, i) => i + 1))
    expect(new Set(CASE_FILE_UPGRADERS.map((u) => u.name)).size).toBe(CASE_FILE_UPGRADERS.length)
  })

  it('applies the upgraders in order, from the file version to the latest', () => {
    const result = migrateCaseFile(v1(), [toV3, toV2], 3)
    expect(result.ok && result.applied).toEqual(['v1-to-v2-rename-scenarios', 'v2-to-v3-add-tags'])
    expect(result.ok && result.value).toMatchObject({ formatVersion: 3, tags: [], plans: v1().scenarios })
  })

  it('starts at the version the file has', () => {
    const v2 = { ...v1(), formatVersion: 2 }
    const result = migrateCaseFile(v2, [toV2, toV3], 3)
    expect(result.ok && result.applied).toEqual(['v2-to-v3-add-tags'])
  })

  it('refuses a version newer than this build knows', () => {
    expect(migrateCaseFile({ ...v1(), formatVersion: 4 }, [toV2, toV3], 3)).toEqual({
      ok: false,
      errors: [
        expect.objectContaining({
          path: 'formatVersion',
          code: 'unsupportedVersion',
          params: { version: 4, latest: 3 },
        }),
      ],
    })
  })

  it('reports a gap in the chain instead of skipping a version', () => {
    const result = migrateCaseFile(v1(), [toV3], 3)
    expect(result).toEqual({
      ok: false,
      errors: [
        expect.objectContaining({
          code: 'migrationMissing',
          params: { from: 1, to: 2 },
        }),
      ],
    })
  })

  it('reports an upgrader that throws or forgets to raise the version, naming it', () => {
    const throwing: CaseFileUpgrader = {
      from: 1,
      name: 'boom',
      upgrade: () => {
        throw new Error('kapot')
      },
    }
    expect(migrateCaseFile(v1(), [throwing], 2)).toEqual({
      ok: false,
      errors: [
        expect.objectContaining({ code: 'migrationFailed', params: { from: 1, to: 2, detail: 'kapot' } }),
      ],
    })
    const lazy: CaseFileUpgrader = { from: 1, name: 'lazy', upgrade: (file) => file }
    const result = migrateCaseFile(v1(), [lazy], 2)
    expect(result).toEqual({
      ok: false,
      errors: [
        expect.objectContaining({ code: 'migrationWrongVersion', params: { from: 1, to: 2, name: 'lazy' } }),
      ],
    })
  })

  it('does not change the input', () => {
    const file = v1()
    const before = JSON.stringify(file)
    migrateCaseFile(file, [toV2, toV3], 3)
    expect(JSON.stringify(file)).toBe(before)
  })
})
