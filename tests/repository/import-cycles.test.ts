/**
 * No two view folders import each other, directly or through others: each screen's folder
 * (`renderer/src/views/case`, `…/cases`, `…/startup`, …) may use `views/common/` and screens below it,
 * never a screen that uses it back. A loop makes a folder impossible to understand, move or test on its
 * own (the old startup ↔ cases and case ↔ decision loops). The renderer's layers (views, stores, data,
 * …) are held to the same rule, and so is the pure core: no loop between shared/'s folders (the
 * engine context sits below the rules that record findings through it, the rule metadata type below
 * both) nor between any two of its modules; and no view reaches past the stores into the data layer.
 */
import { describe, expect, it } from 'vitest'
import { findCycles, listSourceFiles, readModule } from './source-graph'

/** The folder a file belongs to at `depth` segments below `prefix` ('renderer/src/views/case/x/Y.tsx' → 'case'). */
function folderOf(file: string, prefix: string): string | null {
  if (!file.startsWith(prefix)) return null
  const rest = file.slice(prefix.length).split('/')
  return rest.length > 1 ? (rest[0] ?? null) : null
}

/** The graph between the folders directly under `prefix`, each edge with one import that makes it. */
function folderGraph(prefix: string): { graph: Map<string, Set<string>>; witness: Map<string, string> } {
  const graph = new Map<string, Set<string>>()
  const witness = new Map<string, string>()
  for (const file of listSourceFiles([prefix.replace(/\/$/, '')])) {
    const from = folderOf(file, prefix)
    if (from === null) continue
    if (!graph.has(from)) graph.set(from, new Set())
    for (const edge of readModule(file).imports) {
      const to = folderOf(edge.to, prefix)
      if (to === null || to === from) continue
      graph.get(from)?.add(to)
      if (!witness.has(`${from}→${to}`)) witness.set(`${from}→${to}`, `${edge.from} imports ${edge.to}`)
    }
  }
  return { graph, witness }
}

/** Cycles between single modules under `folder` (a loop inside one folder counts too). */
function moduleCycles(folder: string): string[][] {
  const graph = new Map<string, Set<string>>()
  for (const file of listSourceFiles([folder])) {
    const targets = new Set<string>()
    for (const edge of readModule(file).imports) if (edge.to.startsWith(`${folder}/`)) targets.add(edge.to)
    graph.set(file, targets)
  }
  return findCycles(graph)
}

function describeCycles(prefix: string): string[] {
  const { graph, witness } = folderGraph(prefix)
  return findCycles(graph).map((cycle) => {
    const edges = [...witness.entries()]
      .filter(([key]) => {
        const [a, b] = key.split('→')
        return cycle.includes(a ?? '') && cycle.includes(b ?? '')
      })
      .map(([, how]) => `  ${how}`)
    return `${cycle.join(' ↔ ')}\n${edges.join('\n')}`
  })
}

describe('import cycles', () => {
  it('finds none between the view folders', () => {
    expect(describeCycles('renderer/src/views/')).toEqual([])
  })

  it('finds none between the renderer layers', () => {
    expect(describeCycles('renderer/src/')).toEqual([])
  })

  it('finds no view that imports the data layer, not even for a type (views call store actions)', () => {
    const views = listSourceFiles(['renderer/src/views'])
    expect(views.length).toBeGreaterThan(50)
    const imports = views.flatMap((file) => readModule(file).imports)
    // The graph resolves the imports it checks: a view's store imports are seen, so data ones would be.
    expect(imports.some((edge) => edge.to.startsWith('renderer/src/stores/'))).toBe(true)
    expect(
      imports
        .filter((edge) => edge.to.startsWith('renderer/src/data/'))
        .map((edge) => `${edge.from} imports ${edge.to}`),
    ).toEqual([])
  })

  it('finds none between the folders of shared/ (rules, context, domain, decision, portfolio, …)', () => {
    expect(describeCycles('shared/')).toEqual([])
  })

  it('finds none between the rule folders (the engine and the laws it runs)', () => {
    expect(describeCycles('shared/rules/')).toEqual([])
  })

  it('finds none between the modules of shared/, type-only imports included', () => {
    expect(moduleCycles('shared')).toEqual([])
  })

  it('reports a loop between two folders with the imports that make it', () => {
    const cycles = findCycles(
      new Map([
        ['startup', new Set(['cases'])],
        ['cases', new Set(['startup', 'common'])],
        ['common', new Set<string>()],
      ]),
    )
    expect(cycles).toEqual([['cases', 'startup']])
  })
})
