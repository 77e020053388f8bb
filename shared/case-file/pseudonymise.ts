/**
 * Pseudonymised export (docs/architecture.md#case-file; docs/security-model.md#privacy-gdpr, EDPB guidelines 01/2025): a case file a
 * budget holder or analyst can work with that no longer names the household.
 *
 * What changes:
 * - Person and carer names become role labels ('Cliënt', 'Partner', 'Kind 1', 'Huisgenoot 1',
 *   'Mantelzorger 1', 'Vrijwilliger 1'); a carer who is a member gets that member's label.
 * - Every id is renumbered ('p1', 'c1', 's1', 'l1'; the household id derives from the new label),
 *   because ids chosen by people often contain names ('p-jan', 'c-anja').
 * - BSNs are dropped (set to null). A BSN is not replaced by a hash: ~10⁹ candidates are enumerated in
 *   seconds, so a hash would be a pseudonym only in name.
 * - Birth dates are coarsened to the year: **1 July of the birth year** (`YYYY-07-01`), for members and
 *   carers. Mid-year keeps the error at most about six months either way. Effect on results: everything
 *   that depends on the exact birthday moves to July of the birthday's year — the month a child turns 18
 *   (Jeugdwet end, verlengde jeugdhulp, adult bijstand norms), the AOW month (eigen bijdrage for couples,
 *   bijstand end), the 21/27 thresholds of the kostendelersnorm. Costs in the months between the true and
 *   the coarsened date can therefore differ from the original; totals over years far from those
 *   birthdays do not.
 * - Free text (scenario names and descriptions, line notes and providers, deviation reasons, the
 *   reasoning of a choice, the sources of the do-nothing risks) keeps its content, but every occurrence
 *   of a member's or carer's name (whole name → its label, any distinctive name part → '[naam]') and of
 *   the household label is replaced, and
 *   every number that passes the elfproef (also written 1234.56.782 or 123 456 782) becomes '[bsn]'.
 * - `origin.exportedBy` (a person) is dropped; `origin.pseudonymised` is set.
 *
 * What stays: every amount, volume, rate, hour figure, ZRM score, procedure date, provision, and the
 * structure of household and scenarios — the engine gives the same results except around birthdays.
 *
 * Not covered: names the text spells differently from the record (nicknames, typos) and other
 * identifying facts in free text (addresses, diagnoses); a consultant should read the notes before
 * sharing widely.
 */
import type { CaseFile, Carer, Household, Person, Scenario } from '../domain/types'
import { isValidBsn } from '../domain/bsn'
import { formatIsoDate, yearOf } from '../domain/dates'

export type PseudonymiseOptions = {
  /** The household's new label, e.g. 'Casus 17'. */
  householdLabel: string
  /** The household's new id; default 'h-' + the label in lower-case letters and digits. */
  householdId?: string
}

/** Words that are part of names but not identifying on their own (titles, Dutch surname particles). */
const NOT_DISTINCTIVE = new Set([
  'mevrouw',
  'mevr',
  'mw',
  'meneer',
  'dhr',
  'heer',
  'de',
  'den',
  'der',
  'van',
  'het',
  'ten',
  'ter',
  'te',
  'op',
  'in',
  'el',
  'al',
  'gezin',
  'familie',
  'echtpaar',
  'huishouden',
])

const MEMBER_LABELS: Record<Person['role'], string> = {
  client: 'Cliënt',
  partner: 'Partner',
  child: 'Kind',
  housemate: 'Huisgenoot',
}
const NUMBERED_ROLES: readonly Person['role'][] = ['child', 'housemate']

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Nine digits, optionally grouped by single spaces, dots or hyphens (1234.56.782, 123 456 782). */
const BSN_LIKE = /(?<![\p{N}])\p{N}(?:[ .-]?\p{N}){7,8}(?![\p{N}])/gu

function scrubBsns(text: string): string {
  return text.replace(BSN_LIKE, (match) => {
    const digits = match.replace(/[ .-]/g, '')
    // Legacy 8-digit numbers count with a leading zero.
    const candidate = digits.length === 8 ? `0${digits}` : digits
    return /^\d{9}$/.test(candidate) && isValidBsn(candidate) ? '[bsn]' : match
  })
}

/** True for name parts that are not identifying on their own (titles, particles like 'de', 'van'). */
export function isNotDistinctiveNamePart(part: string): boolean {
  return NOT_DISTINCTIVE.has(part.toLowerCase())
}

/**
 * Replaces tokens (never text inside a word: "Jong" does not touch "jongere") by their replacement, in
 * one pass, longest first. A multi-word token matches in any case; a single-word token written with a
 * capital in the record matches only where the text also starts it with a capital ("De Jong", "JONG"),
 * so the many Dutch surnames that are ordinary words (Jong, Berg, Wit, Visser, Bakker, Smit, Kok, Groot)
 * do not garble "een jong gezin" or "groot verschil".
 */
export function createTokenReplacer(pairs: { from: string; to: string }[]): (text: string) => string {
  const byLowerCase = new Map<string, { to: string; capitalised: boolean }>()
  for (const { from, to } of [...pairs].sort((a, b) => b.from.length - a.from.length)) {
    const token = from.trim()
    const lower = token.toLowerCase()
    if (token === '' || byLowerCase.has(lower)) continue
    const singleWord = !/\s/u.test(token)
    byLowerCase.set(lower, { to, capitalised: singleWord && /^\p{Lu}/u.test(token) })
  }
  if (byLowerCase.size === 0) return (text) => text
  const alternatives = [...byLowerCase.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp)
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu')
  return (text) =>
    text.replace(pattern, (match) => {
      const entry = byLowerCase.get(match.toLowerCase())
      if (!entry) return match
      if (entry.capitalised && !/^\p{Lu}/u.test(match)) return match
      return entry.to
    })
}

/**
 * One pass over a text that replaces whole names by their labels and any distinctive name part by
 * '[naam]', as whole words (see `createTokenReplacer`). Longest first, so a whole name wins over its
 * parts, and a label it just wrote is never matched again.
 */
function nameScrubber(names: { name: string; label: string }[]): (text: string) => string {
  const pairs: { from: string; to: string }[] = []
  for (const { name, label } of names) if (name.trim() !== '') pairs.push({ from: name.trim(), to: label })
  for (const { name } of names) {
    for (const part of name.split(/[\s,.'’()-]+/u)) {
      if (part.length >= 2 && !NOT_DISTINCTIVE.has(part.toLowerCase()))
        pairs.push({ from: part, to: '[naam]' })
    }
  }
  return createTokenReplacer(pairs)
}

function coarsenBirthDate(date: string): string {
  return formatIsoDate(yearOf(date), 7, 1)
}

function slug(text: string): string {
  const s = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 90)
  return s === '' ? 'pseudoniem' : s
}

/** A copy of the case file with names, ids, BSNs and exact birth dates replaced (see the file comment). */
export function pseudonymiseCaseFile(file: CaseFile, options: PseudonymiseOptions): CaseFile {
  const { household } = file
  const householdLabel = options.householdLabel.trim() === '' ? 'Casus' : options.householdLabel.trim()

  // Labels per member: the client and partner by role, children and housemates numbered in file order.
  const counters = new Map<Person['role'], number>()
  const memberLabel = new Map<string, string>()
  const memberId = new Map<string, string>()
  household.members.forEach((member, i) => {
    memberId.set(member.id, `p${i + 1}`)
    const n = (counters.get(member.role) ?? 0) + 1
    counters.set(member.role, n)
    const base = MEMBER_LABELS[member.role]
    // Children and housemates are always numbered; a second client or partner (invalid, but never
    // merged with the first) is numbered too.
    memberLabel.set(member.id, NUMBERED_ROLES.includes(member.role) || n > 1 ? `${base} ${n}` : base)
  })

  let carerCount = 0
  let volunteerCount = 0
  const carerLabel = new Map<string, string>()
  const carerId = new Map<string, string>()
  household.carers.forEach((carer, i) => {
    carerId.set(carer.id, `c${i + 1}`)
    const asMember = carer.personId ? memberLabel.get(carer.personId) : undefined
    if (asMember !== undefined) carerLabel.set(carer.id, asMember)
    else if (carer.relation === 'volunteer') carerLabel.set(carer.id, `Vrijwilliger ${(volunteerCount += 1)}`)
    else carerLabel.set(carer.id, `Mantelzorger ${(carerCount += 1)}`)
  })

  const scrubNames = nameScrubber([
    ...household.members.map((m) => ({ name: m.name, label: memberLabel.get(m.id) ?? '[naam]' })),
    ...household.carers.map((c) => ({ name: c.name, label: carerLabel.get(c.id) ?? '[naam]' })),
    { name: household.label, label: householdLabel },
  ])
  const scrub = (text: string): string => scrubNames(scrubBsns(text))

  const mapMember = (id: string): string => memberId.get(id) ?? id
  const mapCarer = (id: string): string => carerId.get(id) ?? id

  const members: Person[] = household.members.map((m) => ({
    ...m,
    id: mapMember(m.id),
    name: memberLabel.get(m.id) ?? MEMBER_LABELS[m.role],
    birthDate: coarsenBirthDate(m.birthDate),
    bsn: null,
  }))
  const carers: Carer[] = household.carers.map((c) => ({
    ...c,
    id: mapCarer(c.id),
    name: carerLabel.get(c.id) ?? 'Mantelzorger',
    caresFor: c.caresFor.map(mapMember),
    ...(c.personId != null ? { personId: mapMember(c.personId) } : {}),
    ...(c.birthDate != null ? { birthDate: coarsenBirthDate(c.birthDate) } : {}),
  }))
  const newHousehold: Household = {
    ...household,
    id: options.householdId ?? `h-${slug(householdLabel)}`,
    label: householdLabel,
    members,
    carers,
  }

  const scenarios: Scenario[] = file.scenarios.map((scenario, si) => {
    const lineId = new Map(scenario.lines.map((l, li) => [l.id, `l${li + 1}`]))
    const mapLine = (id: string): string => lineId.get(id) ?? id
    return {
      ...scenario,
      id: `s${si + 1}`,
      name: scrub(scenario.name),
      ...(scenario.description != null ? { description: scrub(scenario.description) } : {}),
      lines: scenario.lines.map((l) => ({
        ...l,
        id: mapLine(l.id),
        personId: mapMember(l.personId),
        ...(l.carerId != null ? { carerId: mapCarer(l.carerId) } : {}),
        ...(l.provider != null ? { provider: scrub(l.provider) } : {}),
        ...(l.note != null ? { note: scrub(l.note) } : {}),
      })),
      ...(scenario.incomeChanges
        ? { incomeChanges: scenario.incomeChanges.map((c) => ({ ...c, personId: mapMember(c.personId) })) }
        : {}),
      ...(scenario.deviations
        ? {
            deviations: scenario.deviations.map((d) => ({
              ...d,
              reason: scrub(d.reason),
              ...(d.lineId != null ? { lineId: mapLine(d.lineId) } : {}),
              ...(d.personId != null ? { personId: mapMember(d.personId) } : {}),
            })),
          }
        : {}),
      ...(scenario.wlzIndications
        ? { wlzIndications: scenario.wlzIndications.map((w) => ({ ...w, personId: mapMember(w.personId) })) }
        : {}),
      ...(scenario.chosen
        ? { chosen: { ...scenario.chosen, reasoning: scrub(scenario.chosen.reasoning) } }
        : {}),
    }
  })

  // The do-nothing selection's sources are free text like the deviation reasons; a carer id the
  // household no longer has is dropped rather than kept (it may hold a name).
  const doNothing =
    file.doNothing == null
      ? file.doNothing
      : {
          ...file.doNothing,
          risks: file.doNothing.risks.map((r) => ({
            ...r,
            likelihoodSource: scrub(r.likelihoodSource),
            costSource: r.costSource == null ? r.costSource : scrub(r.costSource),
            ...(r.carerId != null ? { carerId: carerId.get(r.carerId) ?? null } : {}),
          })),
        }

  return {
    ...file,
    household: newHousehold,
    scenarios,
    ...(doNothing !== undefined ? { doNothing } : {}),
    origin: { ...(file.origin ?? {}), exportedBy: null, pseudonymised: true },
  }
}
