/**
 * What to do when the renderer process dies. A crash or kill reloads the app (its data is in
 * IndexedDB, which survives); a crash loop (several crashes within a minute) stops reloading and
 * tells the user instead of burning CPU. A clean exit is not a crash.
 */
export const CRASH_WINDOW_MS = 60_000
const MAX_RELOADS_IN_WINDOW = 3

type CrashDecision = 'reload' | 'give-up' | 'ignore'

export function decideCrashRecovery(
  reason: string,
  previousCrashTimesMs: readonly number[],
  nowMs: number,
): CrashDecision {
  if (reason === 'clean-exit') return 'ignore'
  const recent = previousCrashTimesMs.filter((time) => nowMs - time < CRASH_WINDOW_MS)
  return recent.length >= MAX_RELOADS_IN_WINDOW ? 'give-up' : 'reload'
}
