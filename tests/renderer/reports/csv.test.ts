import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { CSV_MESSAGES, defuseFormula, quoteCsvField, writeCsv } from '../../../renderer/src/reports/csv'

/** The fields of one CSV line written by writeCsv (BOM and line end removed, quotes undone). */
function fieldsOf(line: string): string[] {
  const fields: string[] = []
  let i = 0
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = ''
      i++
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') {
          value += '"'
          i += 2
        } else if (line[i] === '"') break
        else value += line[i++]
      }
      fields.push(value)
      i += 2
    } else {
      const end = line.indexOf(';', i)
      fields.push(line.slice(i, end < 0 ? line.length : end))
      i = end < 0 ? line.length + 1 : end + 1
    }
  }
  return fields
}

describe('defuseFormula', () => {
  it.each(['=SUM(A1:A9)', '+31 6 1234', '-2+3', '@cmd', '\tcmd', '\rcmd'])(
    'puts an apostrophe before %j, which a spreadsheet would evaluate',
    (value) => {
      expect(defuseFormula(value)).toBe(`'${value}`)
    },
  )

  it.each(['Zorgcoöperatie', '21,80', '2026-01-01', "'already text", ' =spaced', ''])(
    'leaves %j as it is',
    (value) => {
      expect(defuseFormula(value)).toBe(value)
    },
  )
})

describe('writeCsv', () => {
  it('writes a BOM, semicolons and CRLF after every row, and quotes separators, quotes and line breaks', () => {
    const csv = writeCsv([
      ['Naam', 'Bedrag'],
      ['De "Linde"; dagbesteding', { numeric: '1234,56' }],
      ['twee\nregels', { numeric: '-21,80' }],
    ])
    expect(csv).toBe('\uFEFFNaam;Bedrag\r\n"De ""Linde""; dagbesteding";1234,56\r\n"twee\nregels";-21,80\r\n')
  })

  it('defuses every text cell but writes numeric cells as numbers', () => {
    const csv = writeCsv([['=1+1', { numeric: '-5' }, '-5']])
    expect(csv).toBe("\uFEFF'=1+1;-5;'-5\r\n")
  })

  it('refuses a numeric cell that is not a number (it would bypass the guard)', () => {
    expect(() => writeCsv([[{ numeric: '=1+1' }]])).toThrow(CSV_MESSAGES.notNumeric)
    expect(() => writeCsv([[{ numeric: '12,5' }, { numeric: '' }, { numeric: '1e-7' }]])).not.toThrow()
  })

  it('lets no text cell start a formula, whatever the text, and keeps the text readable', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme-ascii' }), { minLength: 1, maxLength: 6 }),
        (cells) => {
          const clean = cells.map((c) => c.replace(/[\r\n]/g, ' '))
          const line = writeCsv([clean]).slice(1, -2)
          const fields = fieldsOf(line)
          expect(fields).toHaveLength(clean.length)
          fields.forEach((field, i) => {
            expect(field).not.toMatch(/^[=+\-@\t\r]/)
            expect(field).toBe(defuseFormula(clean[i] ?? ''))
          })
        },
      ),
      { seed: 16 },
    )
  })

  it('quotes exactly what needs quoting', () => {
    expect(quoteCsvField('plain')).toBe('plain')
    expect(quoteCsvField('a;b')).toBe('"a;b"')
    expect(quoteCsvField('=a;b')).toBe(`"'=a;b"`)
  })
})
