/**
 * Every reference to a document in the repository's files — `docs/legal-reference.md#pgb` in a
 * comment, a Markdown link, a source string — must lead to a file that exists in the repository, and
 * its `#anchor` to a heading in that file. A newcomer who clones the repository can then follow every
 * reference. URLs are not checked (they point outside), and neither is this file, whose hints name
 * the retired documents on purpose.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, normalize, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')
const SELF = relative(ROOT, import.meta.filename).replaceAll('\\', '/')
const SKIPPED_FILES = new Set(['package-lock.json', SELF])
const TEXT_FILE =
  /\.(ts|tsx|mts|mjs|cjs|js|json|md|css|html|yml|yaml|sh)$|(^|\/)(run|\.gitignore|\.prettierignore)$/

/**
 * The extension of the retired names below, kept apart so that this file (which names them only to
 * forbid them) does not itself read as a citation of a document the repository does not contain.
 */
const MD = '.md'

/** Documents that lived outside the repository, and where their content is now. */
const RETIRED_DOCUMENTS: Readonly<Record<string, string>> = {
  [`DESIGN${MD}`]:
    'docs/architecture.md (§3 → #layers, §4 → #engine-contract, §5 → #rules or docs/legal-reference.md#rules-and-their-legal-basis, §6 → #case-file, §7 → #quality-bars)',
  [`reference-nl${MD}`]:
    'docs/legal-reference.md (§1.1 #ladder, §1.2 #procedure-deadlines, §1.3 #eigen-bijdrage-abonnementstarief, §1.4 #beschermd-wonen-contribution, §1.5 #pgb, §1.6 #gebruikelijke-hulp, §1.7/§6 #provisions-and-units, §2 #jeugdwet, §3 #participatiewet, §3.3 #aow-age-and-minimum-wage, §4 #wlz-and-zvw, §5 #mantelzorg, §5.1 #intensive-care, §5.3 #overload, §5.4 #respite, §7 #example-tariffs, §8.1 #zrm, §9.2 #escalation-costs, §11 #known-gaps)',
  [`cases${MD}`]:
    'docs/example-cases.md (§1 #van-den-berg, §2 #yilmaz, §3 #de-vries, §4 #sander, §5 #bakker, §6 #el-amrani)',
  [`reliability-security${MD}`]:
    'docs/security-model.md (#isolation, #untrusted-input, #data-at-rest-and-data-safety, #privacy-gdpr, #accountability-bio-815); Electron items: electron/SECURITY.md',
  [`CONVENTIONS${MD}`]: 'docs/conventions.md',
  [`toolchain${MD}`]: 'README.md',
}

/** A path ending in .md with an optional #anchor, not inside a URL or a longer word. */
const DOCUMENT_REFERENCE =
  /(?<![\p{L}\p{N}_/.:@-])((?:\.{1,2}\/)*[\p{L}\p{N}_.-]+(?:\/[\p{L}\p{N}_.-]+)*\.md)(#[\p{L}\p{N}_-]+)?/gu
/** A section sign after a retired document's name without extension ("DESIGN §4"). */
const RETIRED_CITATION = /\b(DESIGN|CONVENTIONS|reference-nl|reliability-security|toolchain)\s*§/g
/** An in-page link in Markdown: [text](#anchor). */
const IN_PAGE_LINK = /\]\(#([\p{L}\p{N}_-]+)\)/gu

type Problem = { file: string; line: number; reference: string; reason: string; retired: string | null }

function listRepositoryFiles(): string[] {
  try {
    const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
    return out.split('\n').filter((f) => f && existsSync(join(ROOT, f)))
  } catch {
    // Not a git checkout (an unpacked archive): walk the tree instead.
    const skip = new Set(['node_modules', 'out', '.git', 'test-results', 'test-reports', 'playwright-report'])
    const files: string[] = []
    const walk = (dir: string): void => {
      for (const name of readdirSync(join(ROOT, dir))) {
        if (skip.has(name)) continue
        const path = dir ? `${dir}/${name}` : name
        if (statSync(join(ROOT, path)).isDirectory()) walk(path)
        else files.push(path)
      }
    }
    walk('')
    return files
  }
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>()
  const seen = new Map<string, number>()
  let inFence = false
  for (const line of markdown.split('\n')) {
    if (/^\s*```/.test(line)) inFence = !inFence
    const title = inFence ? undefined : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1]
    if (!title) continue
    const base = title
      .toLowerCase()
      .replace(/<[^>]*>/g, '')
      .replace(/[^\p{L}\p{N}_\- ]/gu, '')
      .replace(/ /g, '-')
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    anchors.add(count === 0 ? base : `${base}-${count}`)
  }
  return anchors
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length
}

function retiredName(path: string): string | null {
  const name = path.slice(path.lastIndexOf('/') + 1)
  return RETIRED_DOCUMENTS[name] ? name : null
}

/** One line per problem, then once per retired document where its content lives now. */
export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems.map((p) => `${p.file}:${p.line}: "${p.reference}" — ${p.reason}`)
  const retired = new Set(problems.map((p) => p.retired).filter((name): name is string => name !== null))
  for (const name of retired)
    lines.push(`${name} was never in the repository; its content is now in ${RETIRED_DOCUMENTS[name]}.`)
  return lines.join('\n')
}

export function findBrokenReferences(files: readonly string[], read: (file: string) => string): Problem[] {
  const known = new Set(files)
  const anchorCache = new Map<string, Set<string>>()
  const anchorsOf = (file: string): Set<string> => {
    let anchors = anchorCache.get(file)
    if (!anchors) anchorCache.set(file, (anchors = headingAnchors(read(file))))
    return anchors
  }
  const problems: Problem[] = []
  for (const file of files) {
    if (SKIPPED_FILES.has(file) || !TEXT_FILE.test(file)) continue
    const text = read(file)
    for (const match of text.matchAll(DOCUMENT_REFERENCE)) {
      const [reference, path = '', hash] = match
      const candidates = [normalize(join(dirname(file), path)), normalize(path)].map((p) =>
        p.replaceAll('\\', '/'),
      )
      const target = candidates.find((c) => known.has(c))
      const line = lineOf(text, match.index)
      if (!target) {
        problems.push({
          file,
          line,
          reference,
          reason: `no document ${path} in the repository.`,
          retired: retiredName(path),
        })
      } else if (hash && !anchorsOf(target).has(hash.slice(1))) {
        problems.push({
          file,
          line,
          reference,
          reason: `${target} has no heading with the anchor ${hash}.`,
          retired: null,
        })
      }
    }
    for (const match of text.matchAll(RETIRED_CITATION)) {
      const name = `${match[1] ?? ''}.md`
      problems.push({
        file,
        line: lineOf(text, match.index),
        reference: match[0],
        reason: 'cites a section of a document that is not in the repository.',
        retired: retiredName(name),
      })
    }
    if (file.endsWith('.md')) {
      for (const match of text.matchAll(IN_PAGE_LINK)) {
        if (!anchorsOf(file).has(match[1] ?? ''))
          problems.push({
            file,
            line: lineOf(text, match.index),
            reference: match[0],
            reason: `no heading with the anchor #${match[1]} in this document.`,
            retired: null,
          })
      }
    }
  }
  return problems
}

describe('references to documents', () => {
  it('lead to files in the repository, and anchors to headings in them', () => {
    const files = listRepositoryFiles()
    const problems = findBrokenReferences(files, (f) => readFileSync(join(ROOT, f), 'utf8'))
    expect(problems.length, `Fix these references:\n${formatProblems(problems)}`).toBe(0)
  })

  it('finds a missing document, a missing anchor and a retired citation, and accepts good ones', () => {
    const docs: Record<string, string> = {
      'docs/a.md': '# Title\n\n## Engine contract\n\nSee [b](b.md#intro) and [top](#title).\n',
      'docs/b.md': '# Intro\n',
      'src/x.ts':
        '// docs/a.md#engine-contract ok\n// docs/a.md#gone\n// docs/missing.md\n// https://host/path/c.md is a URL\n',
      'src/y.ts': `// see DESIGN §4 and cases${MD}\n`,
    }
    const problems = findBrokenReferences(Object.keys(docs), (f) => docs[f] ?? '')
    expect(problems.map((p) => `${p.file}:${p.line}:${p.reference}`)).toEqual([
      'src/x.ts:2:docs/a.md#gone',
      'src/x.ts:3:docs/missing.md',
      `src/y.ts:1:cases${MD}`,
      'src/y.ts:1:DESIGN §',
    ])
    expect(formatProblems(problems)).toContain(
      `cases${MD} was never in the repository; its content is now in docs/example-cases.md`,
    )
  })

  it('builds anchors the way GitHub does', () => {
    const anchors = headingAnchors(
      '# Eigen bijdrage (abonnementstarief)\n## Privacy (GDPR)\n## Notes\n## Notes\n',
    )
    expect([...anchors]).toEqual(['eigen-bijdrage-abonnementstarief', 'privacy-gdpr', 'notes', 'notes-1'])
  })
})
