/**
 * A suggested file name for the save dialog: the base name only, with characters that Windows,
 * macOS or Linux refuse replaced, so the dialog always opens in the user's folder with a usable name.
 */
const RESERVED_WINDOWS_NAMES = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i

/** C0 controls and DEL: invalid or invisible in file names. */
export function isControlCharacter(char: string): boolean {
  const code = char.codePointAt(0) ?? 0
  return code < 0x20 || code === 0x7f
}

export function sanitizeSuggestedName(name: string, fallback = 'maatwerk'): string {
  const base = name.split(/[/\\]/).pop() ?? ''
  const cleaned = [...base]
    .map((char) => (isControlCharacter(char) || '<>:"|?*'.includes(char) ? '_' : char))
    .join('')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '')
    .slice(0, 150)
  if (cleaned.length === 0 || RESERVED_WINDOWS_NAMES.test(cleaned)) return fallback
  return cleaned
}
