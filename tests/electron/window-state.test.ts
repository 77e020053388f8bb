import { describe, expect, it } from 'vitest'
import {
  DEFAULT_WINDOW_SIZE,
  fitWindowState,
  parseWindowState,
  parseWindowStateText,
  serializeWindowState,
  type WindowState,
} from '../../electron/main/window-state'

const good: WindowState = { bounds: { x: 100, y: 50, width: 1200, height: 800 }, maximized: false }

describe('parseWindowState', () => {
  it('accepts a well-formed state', () => {
    expect(parseWindowState(good)).toEqual(good)
    expect(parseWindowStateText(serializeWindowState(good))).toEqual(good)
  })

  it.each([
    ['null', null],
    ['a string', 'window'],
    ['missing maximized', { bounds: good.bounds }],
    ['maximized as string', { ...good, maximized: 'yes' }],
    ['fractional x', { ...good, bounds: { ...good.bounds, x: 1.5 } }],
    ['string width', { ...good, bounds: { ...good.bounds, width: '1200' } }],
    ['tiny window', { ...good, bounds: { ...good.bounds, width: 10, height: 10 } }],
    ['absurd coordinates', { ...good, bounds: { ...good.bounds, x: 1e9 } }],
    ['NaN height', { ...good, bounds: { ...good.bounds, height: Number.NaN } }],
    ['bounds missing', { maximized: true }],
  ])('rejects %s', (_label, value) => {
    expect(parseWindowState(value)).toBeNull()
  })

  it.each(['', '{', 'null', '[]', '{"bounds":{}}'])('rejects the text %j', (text) => {
    expect(parseWindowStateText(text)).toBeNull()
  })
})

describe('fitWindowState', () => {
  const laptop = { x: 0, y: 0, width: 1440, height: 900 }
  const rightMonitor = { x: 1440, y: 0, width: 2560, height: 1440 }

  it('centres the default size on the first display when nothing is stored', () => {
    expect(fitWindowState(null, [laptop])).toEqual({
      bounds: {
        x: (1440 - DEFAULT_WINDOW_SIZE.width) / 2,
        y: (900 - DEFAULT_WINDOW_SIZE.height) / 2,
        ...DEFAULT_WINDOW_SIZE,
      },
      maximized: false,
    })
  })

  it('restores a state that lies on a present display', () => {
    expect(fitWindowState(good, [laptop])).toEqual(good)
    const onMonitor: WindowState = { bounds: { x: 1600, y: 100, width: 1400, height: 1000 }, maximized: true }
    expect(fitWindowState(onMonitor, [laptop, rightMonitor])).toEqual(onMonitor)
  })

  it('brings back a window whose monitor was unplugged, keeping maximized', () => {
    const onMonitor: WindowState = { bounds: { x: 1600, y: 100, width: 1400, height: 1000 }, maximized: true }
    const fitted = fitWindowState(onMonitor, [laptop])
    expect(fitted.maximized).toBe(true)
    expect(fitted.bounds.x + fitted.bounds.width).toBeLessThanOrEqual(1440)
  })

  it('shrinks a window larger than its display and pulls it inside', () => {
    const big: WindowState = { bounds: { x: -20, y: 10, width: 3000, height: 2000 }, maximized: false }
    expect(fitWindowState(big, [laptop])).toEqual({
      bounds: { x: 0, y: 0, width: 1440, height: 900 },
      maximized: false,
    })
  })
})
