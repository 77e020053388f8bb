/**
 * A small flowing-layout writer on top of jsPDF: headings, wrapped paragraphs, tables that break over
 * pages with repeated headers, bars, and page numbers. Uses jsPDF's standard Helvetica with WinAnsi
 * encoding, which covers €, the Dutch diacritics (ë, ï, é, ö…) and typographic quotes; characters
 * outside WinAnsi are replaced by a close equivalent (or '?') so nothing is silently dropped.
 */
import { jsPDF } from 'jspdf'

// WinAnsi (Windows-1252) beyond Latin-1: the printable characters of 0x80–0x9F.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ')
const REPLACEMENTS: Record<string, string> = {
  '→': '->',
  '←': '<-',
  '≥': '>=',
  '≤': '<=',
  '−': '-',
  '\u202F': ' ',
  '\u2009': ' ',
  '\u2011': '-',
  '✓': 'v',
  '✗': 'x',
}

/** Makes text printable with the standard fonts (see the module comment). */
function toWinAnsi(text: string): string {
  let out = ''
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0
    if (
      code === 0x0a ||
      (code >= 0x20 && code <= 0x7e) ||
      (code >= 0xa0 && code <= 0xff) ||
      WIN_ANSI_EXTRA.has(ch)
    ) {
      out += ch
    } else if (REPLACEMENTS[ch] !== undefined) {
      out += REPLACEMENTS[ch]
    } else {
      // Decompose accents the font lacks (e.g. ş → s) before giving up.
      const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      out += base && base !== ch && /^[\x20-\x7e]+$/.test(base) ? base : '?'
    }
  }
  return out
}

type Align = 'left' | 'right'
type TableColumn = { header: string; width: number; align?: Align }
export type RGB = [number, number, number]

export const COLORS = {
  text: [33, 37, 41] as RGB,
  muted: [100, 108, 118] as RGB,
  accent: [22, 78, 128] as RGB,
  rule: [200, 206, 212] as RGB,
  headerFill: [232, 238, 244] as RGB,
  blocking: [176, 32, 32] as RGB,
  warning: [170, 110, 0] as RGB,
  info: [22, 78, 128] as RGB,
  bar: [70, 130, 180] as RGB,
  barBack: [236, 239, 242] as RGB,
  target: [30, 30, 30] as RGB,
}

const PAGE_W = 210
const PAGE_H = 297
const MARGIN_X = 18
const MARGIN_TOP = 20
const MARGIN_BOTTOM = 18
const PT_TO_MM = 0.3528

export class PdfWriter {
  readonly doc: jsPDF
  y = MARGIN_TOP
  readonly left = MARGIN_X
  readonly width = PAGE_W - 2 * MARGIN_X

  constructor(title: string) {
    this.doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true })
    this.doc.setProperties({ title: toWinAnsi(title), creator: 'Maatwerk' })
    this.doc.setFont('helvetica', 'normal')
    this.doc.setTextColor(...COLORS.text)
  }

  private lineHeight(fontSize: number): number {
    return fontSize * PT_TO_MM * 1.3
  }

  /** Starts a new page when fewer than `height` mm remain. */
  ensureSpace(height: number): void {
    if (this.y + height > PAGE_H - MARGIN_BOTTOM) this.newPage()
  }

  newPage(): void {
    this.doc.addPage()
    this.y = MARGIN_TOP
  }

  gap(mm: number): void {
    this.y += mm
  }

  title(text: string, subtitle?: string): void {
    this.doc.setFont('helvetica', 'bold')
    this.doc.setFontSize(20)
    this.doc.setTextColor(...COLORS.accent)
    this.doc.text(toWinAnsi(text), this.left, this.y + 6)
    this.y += 11
    if (subtitle) {
      this.doc.setFont('helvetica', 'normal')
      this.doc.setFontSize(12)
      this.doc.setTextColor(...COLORS.text)
      this.paragraph(subtitle, { fontSize: 12 })
    }
    this.doc.setDrawColor(...COLORS.accent)
    this.doc.setLineWidth(0.6)
    this.doc.line(this.left, this.y, this.left + this.width, this.y)
    this.y += 4
  }

  heading(text: string, level: 1 | 2 = 1): void {
    const size = level === 1 ? 14 : 11.5
    this.ensureSpace(this.lineHeight(size) + 14)
    this.y += level === 1 ? 4 : 2
    this.doc.setFont('helvetica', 'bold')
    this.doc.setFontSize(size)
    this.doc.setTextColor(...(level === 1 ? COLORS.accent : COLORS.text))
    this.doc.text(toWinAnsi(text), this.left, this.y + size * PT_TO_MM)
    this.y += this.lineHeight(size) + 1.5
    if (level === 1) {
      this.doc.setDrawColor(...COLORS.rule)
      this.doc.setLineWidth(0.2)
      this.doc.line(this.left, this.y - 1, this.left + this.width, this.y - 1)
      this.y += 1
    }
    this.doc.setFont('helvetica', 'normal')
    this.doc.setTextColor(...COLORS.text)
  }

  paragraph(
    text: string,
    options: { fontSize?: number; bold?: boolean; color?: RGB; indent?: number; italic?: boolean } = {},
  ): void {
    const size = options.fontSize ?? 10
    const indent = options.indent ?? 0
    this.doc.setFont('helvetica', options.bold ? 'bold' : options.italic ? 'italic' : 'normal')
    this.doc.setFontSize(size)
    this.doc.setTextColor(...(options.color ?? COLORS.text))
    const lines = this.doc.splitTextToSize(toWinAnsi(text), this.width - indent) as string[]
    const lh = this.lineHeight(size)
    for (const line of lines) {
      this.ensureSpace(lh)
      this.doc.text(line, this.left + indent, this.y + size * PT_TO_MM)
      this.y += lh
    }
    this.y += 1
    this.doc.setFont('helvetica', 'normal')
    this.doc.setTextColor(...COLORS.text)
  }

  /** A label–value list in two columns. */
  keyValues(pairs: [string, string][], labelWidth = 55): void {
    const size = 10
    const lh = this.lineHeight(size)
    this.doc.setFontSize(size)
    for (const [label, value] of pairs) {
      const valueLines = this.doc.splitTextToSize(toWinAnsi(value), this.width - labelWidth) as string[]
      const labelLines = this.doc.splitTextToSize(toWinAnsi(label), labelWidth - 3) as string[]
      const count = Math.max(valueLines.length, labelLines.length)
      this.ensureSpace(lh * count)
      this.doc.setTextColor(...COLORS.muted)
      labelLines.forEach((line, i) => this.doc.text(line, this.left, this.y + size * PT_TO_MM + i * lh))
      this.doc.setTextColor(...COLORS.text)
      valueLines.forEach((line, i) =>
        this.doc.text(line, this.left + labelWidth, this.y + size * PT_TO_MM + i * lh),
      )
      this.y += lh * count
    }
    this.y += 1.5
  }

  /** A table with wrapped cells; breaks over pages and repeats the header row. */
  table(
    columns: TableColumn[],
    rows: string[][],
    options: { boldLastRow?: boolean; fontSize?: number } = {},
  ): void {
    const size = options.fontSize ?? 9
    const lh = this.lineHeight(size)
    const pad = 1.4
    const total = columns.reduce((s, c) => s + c.width, 0)
    const scale = this.width / total
    const widths = columns.map((c) => c.width * scale)
    const drawRow = (cells: string[], header: boolean, bold: boolean) => {
      this.doc.setFont('helvetica', header || bold ? 'bold' : 'normal')
      this.doc.setFontSize(size)
      const wrapped = cells.map(
        (cell, i) => this.doc.splitTextToSize(toWinAnsi(cell), (widths[i] ?? 10) - 2 * pad) as string[],
      )
      const height = Math.max(1, ...wrapped.map((w) => w.length)) * lh + 2 * pad
      if (this.y + height > PAGE_H - MARGIN_BOTTOM) {
        this.newPage()
        if (!header)
          drawRow(
            columns.map((c) => c.header),
            true,
            false,
          )
        this.doc.setFont('helvetica', bold ? 'bold' : 'normal')
        this.doc.setFontSize(size)
      }
      if (header) {
        this.doc.setFillColor(...COLORS.headerFill)
        this.doc.rect(this.left, this.y, this.width, height, 'F')
      }
      let x = this.left
      wrapped.forEach((lines, i) => {
        const w = widths[i] ?? 10
        lines.forEach((line, j) => {
          const ty = this.y + pad + size * PT_TO_MM + j * lh
          if (columns[i]?.align === 'right') this.doc.text(line, x + w - pad, ty, { align: 'right' })
          else this.doc.text(line, x + pad, ty)
        })
        x += w
      })
      this.y += height
      this.doc.setDrawColor(...COLORS.rule)
      this.doc.setLineWidth(0.15)
      this.doc.line(this.left, this.y, this.left + this.width, this.y)
    }
    this.ensureSpace(lh * 2 + 6)
    drawRow(
      columns.map((c) => c.header),
      true,
      false,
    )
    rows.forEach((row, index) =>
      drawRow(row, false, options.boldLastRow === true && index === rows.length - 1),
    )
    this.doc.setFont('helvetica', 'normal')
    this.y += 3
  }

  /**
   * A horizontal bar for a score on a 1..max scale, with an optional target marker: used for the
   * Zelfredzaamheid-Matrix (a table plus bars reads better on paper than a radar chart).
   */
  scoreBar(label: string, score: number | null, max: number, target: number | null, valueText: string): void {
    const size = 9
    const h = 4.2
    this.ensureSpace(h + 2)
    const labelW = 62
    const barW = this.width - labelW - 22
    this.doc.setFontSize(size)
    this.doc.setTextColor(...COLORS.text)
    this.doc.text(toWinAnsi(label), this.left, this.y + 3.2)
    const x = this.left + labelW
    this.doc.setFillColor(...COLORS.barBack)
    this.doc.rect(x, this.y, barW, h, 'F')
    if (score !== null) {
      const color = score <= 2 ? COLORS.blocking : score === 3 ? COLORS.warning : COLORS.bar
      this.doc.setFillColor(...color)
      this.doc.rect(x, this.y, (barW * score) / max, h, 'F')
    }
    // Scale ticks at each whole score.
    this.doc.setDrawColor(255, 255, 255)
    this.doc.setLineWidth(0.3)
    for (let i = 1; i < max; i++)
      this.doc.line(x + (barW * i) / max, this.y, x + (barW * i) / max, this.y + h)
    if (target !== null) {
      const tx = x + (barW * target) / max
      this.doc.setDrawColor(...COLORS.target)
      this.doc.setLineWidth(0.7)
      this.doc.line(tx, this.y - 0.8, tx, this.y + h + 0.8)
    }
    this.doc.text(toWinAnsi(valueText), x + barW + 3, this.y + 3.2)
    this.y += h + 1.8
  }

  /** A small coloured marker followed by wrapped text (for findings). */
  marked(color: RGB, tag: string, text: string, sub?: string): void {
    const size = 9.5
    const lh = this.lineHeight(size)
    const indent = 24
    this.doc.setFontSize(size)
    const lines = this.doc.splitTextToSize(toWinAnsi(text), this.width - indent) as string[]
    const subLines = sub ? (this.doc.splitTextToSize(toWinAnsi(sub), this.width - indent) as string[]) : []
    this.ensureSpace(lh * (lines.length + subLines.length) + 2)
    this.doc.setFillColor(...color)
    this.doc.rect(this.left, this.y + 0.6, 21, lh, 'F')
    this.doc.setTextColor(255, 255, 255)
    this.doc.setFont('helvetica', 'bold')
    this.doc.setFontSize(7.5)
    this.doc.text(toWinAnsi(tag), this.left + 10.5, this.y + 0.6 + lh * 0.72, { align: 'center' })
    this.doc.setFont('helvetica', 'normal')
    this.doc.setFontSize(size)
    this.doc.setTextColor(...COLORS.text)
    lines.forEach((line, i) => this.doc.text(line, this.left + indent, this.y + size * PT_TO_MM + i * lh))
    this.y += lh * lines.length
    if (subLines.length > 0) {
      this.doc.setTextColor(...COLORS.muted)
      this.doc.setFontSize(8.5)
      subLines.forEach((line, i) => this.doc.text(line, this.left + indent, this.y + 8.5 * PT_TO_MM + i * lh))
      this.y += lh * subLines.length
      this.doc.setTextColor(...COLORS.text)
    }
    this.y += 1.8
  }

  /** Header and footer on every page: the document title, a marking, and "page x of y". */
  finish(
    headerText: string,
    marking: string | null,
    pageLabel: (page: number, count: number) => string,
  ): Uint8Array {
    const count = this.doc.getNumberOfPages()
    for (let page = 1; page <= count; page++) {
      this.doc.setPage(page)
      this.doc.setFont('helvetica', 'normal')
      this.doc.setFontSize(8)
      this.doc.setTextColor(...COLORS.muted)
      this.doc.text(toWinAnsi(headerText), this.left, 10)
      if (marking) {
        this.doc.setFont('helvetica', 'bold')
        this.doc.text(toWinAnsi(marking), this.left + this.width, 10, { align: 'right' })
        this.doc.setFont('helvetica', 'normal')
      }
      this.doc.text(toWinAnsi(pageLabel(page, count)), this.left + this.width, PAGE_H - 8, { align: 'right' })
    }
    return new Uint8Array(this.doc.output('arraybuffer'))
  }
}
