/**
 * Parameter and tariff sources are stored as working references (URLs, repository paths, notes);
 * screens and the plan show them as citations: the publication, its number or page, and a date where
 * the source has one. Pure: the view adds the words for the flags in the user's language.
 */

type Citation = {
  /** Publications, each readable on its own ("Staatscourant 2025, nr. 35082"). */
  publications: string[]
  /** An example tariff of the demo profile, not a contract price. */
  example: boolean
  /** Indexed from an older source year: percentage a year and the source year. */
  indexed: { percentPerYear: number; fromYear: number } | null
  /** Derived by the engine team where the reference has a gap: not a source figure (unverified). */
  derived: boolean
}

const PUBLICATION_PATTERNS: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/officielebekendmakingen\.nl\/stcrt-(\d{4})-(\d+)/, (m) => `Staatscourant ${m[1]}, nr. ${m[2]}`],
  [/officielebekendmakingen\.nl\/gmb-(\d{4})-(\d+)/, (m) => `Gemeenteblad ${m[1]}, nr. ${m[2]}`],
  [/officielebekendmakingen\.nl\/kst-(\d+)-(\d+)/, (m) => `Kamerstuk ${m[1]}, nr. ${m[2]}`],
  [/\(Normenbrief ([^)]+)\)/, (m) => `Normenbrief ${m[1]} (ministerie van SZW)`],
  [/SVB-(\d{4})-\d{2}-\d{2}/, (m) => `SVB, AOW-leeftijd (${m[1]})`],
  [/CVDR(\d+)/, (m) => `Lokale regelgeving CVDR${m[1]}`],
]

function publicationOf(part: string): string | null {
  const text = part.trim()
  if (!text) return null
  for (const [pattern, cite] of PUBLICATION_PATTERNS) {
    const m = text.match(pattern)
    if (m) return cite(m)
  }
  const url = text.match(/https?:\/\/(?:www\.)?([^/\s]+)/)
  if (url?.[1]) return url[1]
  // A repository path or a loose note is not a citation a reader can follow.
  return null
}

export function citeSource(source: string): Citation {
  const indexed = source.match(/indexed (\d+(?:\.\d+)?)%\/year from (\d{4})/)
  const derived = /GAP in reference|derived by the engine/i.test(source)
  const publications: string[] = []
  for (const part of source.split(/\s;\s|;\s|,\s(?=https?:)/)) {
    const cited = publicationOf(part.replace(/\(example\)|, indexed [^)]*$/g, ''))
    if (cited && !publications.includes(cited)) publications.push(cited)
  }
  return {
    publications,
    example: /\(example\)/.test(source),
    indexed: indexed ? { percentPerYear: Number(indexed[1]), fromYear: Number(indexed[2]) } : null,
    derived,
  }
}
