#!/usr/bin/env node
/**
 * Draws the Maatwerk app icon and writes it in every format the installers need, with no image
 * library: icon.svg (the design), icon.png (512 px, Linux), icon.ico (16–256 px, Windows) and
 * icon.icns (16–512 px, macOS). The shapes are defined once below and both drawn into the SVG and
 * rasterised (4×4 supersampling) into the PNGs, so all formats show the same picture.
 *
 *   node electron/packaging/make-icons.mjs [outDir]     (default: electron/packaging/icons)
 *
 * The output is deterministic; tests/electron/packaging.test.ts checks the committed files match.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Buffer } from 'node:buffer'
import { deflateSync } from 'node:zlib'

/** The design on a 100 × 100 canvas, painted in order. */
export const SHAPES = [
  { kind: 'roundRect', x: 4, y: 4, w: 92, h: 92, r: 22, color: [15, 94, 107] },
  {
    kind: 'polygon',
    // An "M" whose middle dips like open arms: the consultant and the household.
    points: [
      [22, 78],
      [22, 28],
      [34, 28],
      [50, 50],
      [66, 28],
      [78, 28],
      [78, 78],
      [67, 78],
      [67, 46],
      [50, 68],
      [33, 46],
      [33, 78],
    ],
    color: [255, 255, 255],
  },
  { kind: 'circle', cx: 50, cy: 25, r: 7, color: [245, 179, 66] },
]

const hex = (rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`

export function iconSvg() {
  const body = SHAPES.map((shape) => {
    if (shape.kind === 'roundRect') {
      return `<rect x="${shape.x}" y="${shape.y}" width="${shape.w}" height="${shape.h}" rx="${shape.r}" fill="${hex(shape.color)}"/>`
    }
    if (shape.kind === 'circle') {
      return `<circle cx="${shape.cx}" cy="${shape.cy}" r="${shape.r}" fill="${hex(shape.color)}"/>`
    }
    return `<polygon points="${shape.points.map((p) => p.join(',')).join(' ')}" fill="${hex(shape.color)}"/>`
  })
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="512" height="512">\n  ${body.join('\n  ')}\n</svg>\n`
}

function inside(shape, x, y) {
  if (shape.kind === 'circle') return (x - shape.cx) ** 2 + (y - shape.cy) ** 2 <= shape.r ** 2
  if (shape.kind === 'roundRect') {
    const { x: left, y: top, w, h, r } = shape
    if (x < left || y < top || x > left + w || y > top + h) return false
    const cx = Math.min(Math.max(x, left + r), left + w - r)
    const cy = Math.min(Math.max(y, top + r), top + h - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
  }
  let hit = false
  const points = shape.points
  for (let i = 0, j = points.length - 1; i < points.length; j = i, i += 1) {
    const [xi, yi] = points[i]
    const [xj, yj] = points[j]
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit
  }
  return hit
}

/** RGBA pixels of the icon at size × size. */
export function rasterise(size) {
  const pixels = Buffer.alloc(size * size * 4)
  const grid = 4
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0
      let g = 0
      let b = 0
      let a = 0
      for (let sy = 0; sy < grid; sy += 1) {
        for (let sx = 0; sx < grid; sx += 1) {
          const x = ((px + (sx + 0.5) / grid) / size) * 100
          const y = ((py + (sy + 0.5) / grid) / size) * 100
          let color = null
          for (const shape of SHAPES) if (inside(shape, x, y)) color = shape.color
          if (color) {
            r += color[0]
            g += color[1]
            b += color[2]
            a += 1
          }
        }
      }
      const offset = (py * size + px) * 4
      if (a > 0) {
        pixels[offset] = Math.round(r / a)
        pixels[offset + 1] = Math.round(g / a)
        pixels[offset + 2] = Math.round(b / a)
        pixels[offset + 3] = Math.round((a / (grid * grid)) * 255)
      }
    }
  }
  return pixels
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(buffer) {
  let c = 0xffffffff
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

export function encodePng(size, pixels) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header[8] = 8 // bit depth
  header[9] = 6 // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1))
  for (let y = 0; y < size; y += 1) {
    rows[y * (size * 4 + 1)] = 0 // filter: none
    pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** Windows .ico with PNG-compressed images (supported since Windows Vista). */
export function encodeIco(pngs) {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(pngs.length, 4)
  let offset = 6 + 16 * pngs.length
  const entries = pngs.map(({ size, png }) => {
    const entry = Buffer.alloc(16)
    entry[0] = size >= 256 ? 0 : size
    entry[1] = size >= 256 ? 0 : size
    entry.writeUInt16LE(1, 4) // planes
    entry.writeUInt16LE(32, 6) // bits per pixel
    entry.writeUInt32LE(png.length, 8)
    entry.writeUInt32LE(offset, 12)
    offset += png.length
    return entry
  })
  return Buffer.concat([header, ...entries, ...pngs.map(({ png }) => png)])
}

/** macOS .icns with PNG entries: icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512. */
export const ICNS_TYPES = { 16: 'icp4', 32: 'icp5', 64: 'icp6', 128: 'ic07', 256: 'ic08', 512: 'ic09' }

export function encodeIcns(pngs) {
  const entries = pngs.map(({ size, png }) => {
    const head = Buffer.alloc(8)
    head.write(ICNS_TYPES[size], 0, 'ascii')
    head.writeUInt32BE(png.length + 8, 4)
    return Buffer.concat([head, png])
  })
  const body = Buffer.concat(entries)
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'ascii')
  head.writeUInt32BE(body.length + 8, 4)
  return Buffer.concat([head, body])
}

export function makeIcons(outDir) {
  mkdirSync(outDir, { recursive: true })
  const png = Object.fromEntries(
    [16, 32, 48, 64, 128, 256, 512].map((size) => [size, encodePng(size, rasterise(size))]),
  )
  const files = {
    'icon.svg': Buffer.from(iconSvg(), 'utf8'),
    'icon.png': png[512],
    'icon.ico': encodeIco([16, 32, 48, 64, 128, 256].map((size) => ({ size, png: png[size] }))),
    'icon.icns': encodeIcns([16, 32, 64, 128, 256, 512].map((size) => ({ size, png: png[size] }))),
  }
  for (const [name, data] of Object.entries(files)) writeFileSync(join(outDir, name), data)
  return files
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const here = dirname(fileURLToPath(import.meta.url))
  const outDir = resolve(process.argv[2] ?? join(here, 'icons'))
  const files = makeIcons(outDir)
  for (const [name, data] of Object.entries(files)) console.log(`${join(outDir, name)}  ${data.length} bytes`)
}
