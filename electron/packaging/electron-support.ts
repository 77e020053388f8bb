/**
 * Is the pinned Electron major still supported? Reads the hand-kept table electron-support.json
 * (docs/security-model.md#isolation; electron/SECURITY.md row 16). Projected end dates are the expected stable date of
 * the third newer major on Electron's 8-week cadence, taken one day early; replace them with the
 * real date once that major ships.
 */
import table from './electron-support.json'

type SupportRow = { major: number; stable: string; endOfSupport: string; projected: boolean }
export type SupportTable = { checkedOn: string; majors: SupportRow[] }

export const ELECTRON_SUPPORT: SupportTable = table

/** A table not looked at for this long is itself a failure: the schedule moves. */
export const MAX_TABLE_AGE_DAYS = 120

type SupportVerdict = { ok: true; row: SupportRow; daysLeft: number } | { ok: false; reason: string }

const DAY_MS = 24 * 60 * 60 * 1000
const dayNumber = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS

export function majorOf(version: string): number {
  const match = /^\D*(\d+)\./.exec(version)
  return match ? Number(match[1]) : Number.NaN
}

/** `today` as YYYY-MM-DD. Support includes the end date itself. */
export function supportVerdict(supportTable: SupportTable, version: string, today: string): SupportVerdict {
  const major = majorOf(version)
  const row = supportTable.majors.find((candidate) => candidate.major === major)
  if (!row) return { ok: false, reason: `Electron ${major} is not in the support table; add its row.` }
  const age = dayNumber(today) - dayNumber(supportTable.checkedOn)
  if (age > MAX_TABLE_AGE_DAYS) {
    return {
      ok: false,
      reason: `The Electron support table was last checked on ${supportTable.checkedOn} (${age} days ago); re-check the schedule.`,
    }
  }
  const daysLeft = dayNumber(row.endOfSupport) - dayNumber(today)
  if (daysLeft < 0) {
    return {
      ok: false,
      reason: `Electron ${major} is past its end of support (${row.endOfSupport}); upgrade to a supported major.`,
    }
  }
  return { ok: true, row, daysLeft }
}
