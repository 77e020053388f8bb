/**
 * The remembered window position and size: parsed defensively (a hand-edited or half-written file
 * must not place the window off-screen or crash the start), and fitted to the displays present now.
 */
export type Rectangle = { x: number; y: number; width: number; height: number }
export type WindowState = { bounds: Rectangle; maximized: boolean }

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 840 } as const
export const MIN_WINDOW_SIZE = { width: 900, height: 600 } as const
const MAX_COORDINATE = 100_000

function isInteger(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
}

/** A stored state, or null when it is not one (wrong types, absurd sizes, extra nonsense is ignored). */
export function parseWindowState(raw: unknown): WindowState | null {
  if (typeof raw !== 'object' || raw === null) return null
  const { bounds, maximized } = raw as { bounds?: unknown; maximized?: unknown }
  if (typeof maximized !== 'boolean' || typeof bounds !== 'object' || bounds === null) return null
  const { x, y, width, height } = bounds as Record<string, unknown>
  if (!isInteger(x, -MAX_COORDINATE, MAX_COORDINATE) || !isInteger(y, -MAX_COORDINATE, MAX_COORDINATE))
    return null
  if (!isInteger(width, MIN_WINDOW_SIZE.width, MAX_COORDINATE)) return null
  if (!isInteger(height, MIN_WINDOW_SIZE.height, MAX_COORDINATE)) return null
  return { bounds: { x, y, width, height }, maximized }
}

/** Parses the file's text; any JSON error gives null. */
export function parseWindowStateText(text: string): WindowState | null {
  try {
    return parseWindowState(JSON.parse(text))
  } catch {
    return null
  }
}

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width > 0 && height > 0 ? width * height : 0
}

/**
 * Where to open the window: the stored bounds when their title bar area lies on a display now present
 * (shrunk to fit that display), otherwise centred on the first display at the default size.
 */
export function fitWindowState(stored: WindowState | null, workAreas: readonly Rectangle[]): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_WINDOW_SIZE }
  const centred = (area: Rectangle): Rectangle => {
    const width = Math.min(DEFAULT_WINDOW_SIZE.width, area.width)
    const height = Math.min(DEFAULT_WINDOW_SIZE.height, area.height)
    return {
      x: area.x + Math.round((area.width - width) / 2),
      y: area.y + Math.round((area.height - height) / 2),
      width,
      height,
    }
  }
  if (stored === null) return { bounds: centred(primary), maximized: false }
  // The top 40 px hold the title bar: the user must be able to grab it.
  const titleBar: Rectangle = { ...stored.bounds, height: Math.min(40, stored.bounds.height) }
  const host = workAreas.find((area) => overlapArea(titleBar, area) >= Math.min(titleBar.width, 100) * 20)
  if (!host) return { bounds: centred(primary), maximized: stored.maximized }
  const width = Math.min(stored.bounds.width, host.width)
  const height = Math.min(stored.bounds.height, host.height)
  const x = Math.min(Math.max(stored.bounds.x, host.x), host.x + host.width - width)
  const y = Math.min(Math.max(stored.bounds.y, host.y), host.y + host.height - height)
  return { bounds: { x, y, width, height }, maximized: stored.maximized }
}

export function serializeWindowState(state: WindowState): string {
  return `${JSON.stringify({ bounds: state.bounds, maximized: state.maximized }, null, 2)}\n`
}
