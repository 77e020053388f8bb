/**
 * The burgerservicenummer (BSN) check: the "elfproef" with weights 9…2 and −1 (Wet algemene bepalingen
 * burgerservicenummer; worked examples in docs/security-model.md#untrusted-input). Passing the check does not mean
 * the number was ever issued. Legacy 8-digit numbers must be left-padded with a 0 by the caller: we do not
 * guess, so '12345678' is invalid here.
 */

const BSN_WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1] as const
const NINE_DIGITS = /^\d{9}$/

/** True when `value` is exactly nine digits, not all zeros, and passes the elfproef. */
export function isValidBsn(value: string): boolean {
  if (typeof value !== 'string' || !NINE_DIGITS.test(value)) return false
  // 000000000 sums to 0, which passes the arithmetic but is never a BSN.
  if (value === '000000000') return false
  const sum = BSN_WEIGHTS.reduce((acc, weight, i) => acc + weight * (value.charCodeAt(i) - 48), 0)
  return sum % 11 === 0
}

/**
 * Masks all but the last four digits ('123456782' → '*****6782'), the default way a BSN is shown
 * (GDPR data minimisation). Input that is not nine digits is masked whole, never echoed.
 */
export function maskBsn(value: string): string {
  if (!NINE_DIGITS.test(value)) return '*********'
  return `*****${value.slice(5)}`
}
