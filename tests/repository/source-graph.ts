/**
 * The repository's TypeScript modules as a graph, read with the TypeScript compiler API (no extra
 * dependency): which module imports which names from which module, and what each module exports.
 * The import-cycle and dead-export checks are built on it.
 *
 * Resolution follows the project's own rules only: relative specifiers ('./x', '../y/z') to a `.ts`,
 * `.tsx`, `.mts` or `.mjs` file or a folder's `index`, and the `#shared/…` alias to `shared/…`.
 * Package imports ('react', 'zod') are not part of the graph.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'

export const ROOT = resolve(import.meta.dirname, '../..')

const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist', '.git', 'test-results', 'test-reports'])
const SOURCE_FILE = /\.(ts|tsx|mts)$/
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.mjs', '.js']

/** Repository-relative paths ('renderer/src/App.tsx') of the TypeScript files under the folders. */
export function listSourceFiles(folders: readonly string[]): string[] {
  const files: string[] = []
  const walk = (dir: string): void => {
    for (const name of readdirSync(join(ROOT, dir))) {
      if (SKIPPED_FOLDERS.has(name)) continue
      const path = `${dir}/${name}`
      if (statSync(join(ROOT, path)).isDirectory()) walk(path)
      else if (SOURCE_FILE.test(name) && !name.endsWith('.d.ts') && !name.endsWith('.d.mts')) files.push(path)
    }
  }
  for (const folder of folders) if (existsSync(join(ROOT, folder))) walk(folder)
  return files.sort()
}

/** The repository-relative file a specifier in `from` names, or null for a package or a missing file. */
export function resolveSpecifier(from: string, specifier: string): string | null {
  let base: string
  if (specifier.startsWith('#shared/')) base = join(ROOT, 'shared', specifier.slice('#shared/'.length))
  else if (specifier === '#shared') base = join(ROOT, 'shared')
  else if (specifier.startsWith('./') || specifier.startsWith('../'))
    base = resolve(ROOT, dirname(from), specifier)
  else return null
  const candidates = [
    base,
    ...EXTENSIONS.map((ext) => base + ext),
    ...EXTENSIONS.map((ext) => join(base, `index${ext}`)),
  ]
  // A '.js' specifier may name a '.ts' source (NodeNext style).
  if (/\.m?js$/.test(base)) candidates.push(base.replace(/\.(m?)js$/, '.$1ts'))
  for (const candidate of candidates) {
    if (existsSync(candidate) && statSync(candidate).isFile())
      return relative(ROOT, candidate).replaceAll('\\', '/')
  }
  return null
}

/** One import: the names taken from a module ('*' for the whole module: a namespace or dynamic import). */
export type ImportEdge = { from: string; to: string; names: string[] }

export type ModuleInfo = {
  file: string
  imports: ImportEdge[]
  /** Names the module declares and exports itself (including `export { a as b }` of a local a: 'b'). */
  localExports: string[]
  /** `export { a as b } from './x'`: b is x's a. */
  reExports: { name: string; to: string; original: string }[]
  /** `export * from './x'`. */
  starExports: string[]
  /** How often each identifier occurs in the module (a declaration counts once). */
  identifierCounts: Map<string, number>
}

function hasExportModifier(node: ts.Node): boolean {
  return (
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
  )
}

function bindingNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text]
  return name.elements.flatMap((element) =>
    ts.isOmittedExpression(element) ? [] : bindingNames(element.name),
  )
}

const modules = new Map<string, ModuleInfo>()

/** Reads one module's imports and exports from its syntax tree (once per test file). */
export function readModule(file: string): ModuleInfo {
  const known = modules.get(file)
  if (known) return known
  const info = parseModule(file)
  modules.set(file, info)
  return info
}

function parseModule(file: string): ModuleInfo {
  const text = readFileSync(join(ROOT, file), 'utf8')
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind)
  const info: ModuleInfo = {
    file,
    imports: [],
    localExports: [],
    reExports: [],
    starExports: [],
    identifierCounts: new Map(),
  }
  const addImport = (specifier: string, names: string[]): void => {
    const to = resolveSpecifier(file, specifier)
    if (to !== null) info.imports.push({ from: file, to, names })
  }

  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node))
      info.identifierCounts.set(node.text, (info.identifierCounts.get(node.text) ?? 0) + 1)
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause
      const names: string[] = []
      if (clause?.name) names.push('default')
      const bindings = clause?.namedBindings
      if (bindings && ts.isNamespaceImport(bindings)) names.push('*')
      if (bindings && ts.isNamedImports(bindings))
        for (const element of bindings.elements) names.push((element.propertyName ?? element.name).text)
      addImport(node.moduleSpecifier.text, clause ? names : ['*'])
    } else if (ts.isExportDeclaration(node)) {
      const specifier =
        node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) ? node.moduleSpecifier.text : null
      const to = specifier === null ? null : resolveSpecifier(file, specifier)
      if (specifier !== null && to === null) return
      if (!node.exportClause) {
        if (to !== null) info.starExports.push(to)
      } else if (ts.isNamespaceExport(node.exportClause)) {
        info.localExports.push(node.exportClause.name.text)
        if (to !== null) info.imports.push({ from: file, to, names: ['*'] })
      } else {
        for (const element of node.exportClause.elements) {
          const original = (element.propertyName ?? element.name).text
          if (to !== null) {
            info.reExports.push({ name: element.name.text, to, original })
          } else info.localExports.push(element.name.text)
        }
      }
    } else if (ts.isExportAssignment(node)) {
      info.localExports.push('default')
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isPropertyAccessExpression(node.expression) &&
          /^(mock|doMock|importActual)$/.test(node.expression.name.text))) &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      addImport(node.arguments[0].text, ['*'])
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      addImport(
        node.argument.literal.text,
        node.qualifier && ts.isIdentifier(node.qualifier) ? [node.qualifier.text] : ['*'],
      )
    } else if (hasExportModifier(node) && node.parent === source) {
      const isDefault =
        ts.canHaveModifiers(node) &&
        (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)
      if (isDefault) info.localExports.push('default')
      else if (ts.isVariableStatement(node))
        for (const declaration of node.declarationList.declarations)
          info.localExports.push(...bindingNames(declaration.name))
      else if (
        (ts.isFunctionDeclaration(node) ||
          ts.isClassDeclaration(node) ||
          ts.isInterfaceDeclaration(node) ||
          ts.isTypeAliasDeclaration(node) ||
          ts.isEnumDeclaration(node) ||
          ts.isModuleDeclaration(node)) &&
        node.name &&
        ts.isIdentifier(node.name)
      )
        info.localExports.push(node.name.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return info
}

/** Strongly connected components with more than one member (or a self-loop): the cycles of a graph. */
export function findCycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let index = 0
  const indices = new Map<string, number>()
  const lowLinks = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const cycles: string[][] = []
  const connect = (node: string): void => {
    indices.set(node, index)
    lowLinks.set(node, index)
    index += 1
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        connect(next)
        lowLinks.set(node, Math.min(lowLinks.get(node) ?? 0, lowLinks.get(next) ?? 0))
      } else if (onStack.has(next)) {
        lowLinks.set(node, Math.min(lowLinks.get(node) ?? 0, indices.get(next) ?? 0))
      }
    }
    if (lowLinks.get(node) === indices.get(node)) {
      const component: string[] = []
      let member: string | undefined
      do {
        member = stack.pop()
        if (member === undefined) break
        onStack.delete(member)
        component.push(member)
      } while (member !== node)
      if (component.length > 1 || graph.get(node)?.has(node)) cycles.push(component.sort())
    }
  }
  for (const node of [...graph.keys()].sort()) if (!indices.has(node)) connect(node)
  return cycles
}
