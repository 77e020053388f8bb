import type { Message } from '../../stores/messages'

/** The messages of a full disk ("Er is niets opgeslagen"): true of the whole run, not of a part. */
const DISK_FULL_KEYS: readonly string[] = ['data.errors.quota', 'data.errors.noRoom', 'cases.errors.quota']

function isDiskFull(message: Message): boolean {
  if ('key' in message) return DISK_FULL_KEYS.includes(message.key)
  if ('all' in message) return message.all.some(isDiskFull)
  return false
}

/**
 * What a failure that stopped an import run says. A demo generation whose disk filled up after some
 * steps were written has saved those households, whole: "nothing has been saved" would contradict the
 * count below it, so that case says how many were saved and that the rest was not.
 */
export function runFailureMessage(
  report: { kind: 'demo' | 'files'; imported: number },
  failure: Message,
): Message {
  if (report.kind === 'demo' && report.imported > 0 && isDiskFull(failure))
    return { key: 'portfolio.data.demoDiskFullPartWay', params: { count: report.imported } }
  return failure
}
