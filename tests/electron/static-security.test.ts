/**
 * Static checks over the Electron sources (docs/security-model.md#isolation, "S" rows): properties that
 * must hold for every file, including ones added later.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx|mjs|js|cjs)$/.test(name) ? [path] : []
  })
}

/** Source text without comments, so that explanations mentioning a banned call do not count. */
function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
}

const electronFiles = sourceFiles(join(root, 'electron'))
const rel = (path: string) => relative(root, path).split('\\').join('/')

describe('electron/ sources', () => {
  it('exist (the checks below are not vacuous)', () => {
    expect(electronFiles.map(rel)).toEqual(
      expect.arrayContaining(['electron/main/index.ts', 'electron/preload/index.ts', 'electron/main/ipc.ts']),
    )
  })

  it.each([
    ['loadFile(', /\bloadFile\s*\(/],
    ['file:// URLs', /['"`]file:\/\//],
    ['sandbox: false', /sandbox\s*:\s*false/],
    ['nodeIntegration: true', /nodeIntegration\w*\s*:\s*true/],
    ['contextIsolation: false', /contextIsolation\s*:\s*false/],
    ['webSecurity: false', /webSecurity\s*:\s*false/],
    ['allowRunningInsecureContent: true', /allowRunningInsecureContent\s*:\s*true/],
    ['experimentalFeatures: true', /experimentalFeatures\s*:\s*true/],
    ['enableBlinkFeatures', /enableBlinkFeatures/],
    ['webviewTag: true', /webviewTag\s*:\s*true/],
    ['@electron-toolkit/preload', /@electron-toolkit\/preload/],
    ['the remote module', /@electron\/remote/],
    ['http(s) loadURL', /loadURL\(\s*['"`]https?:/],
    ['eval / new Function', /\beval\s*\(|new\s+Function\s*\(/],
  ])('no file contains %s', (_label, pattern) => {
    const offenders = electronFiles.filter((file) => pattern.test(code(file))).map(rel)
    expect(offenders).toEqual([])
  })

  it('only the IPC wrapper calls ipcMain.handle, and nothing uses ipcMain.on', () => {
    const handles = electronFiles.filter((file) => /ipcMain\.handle(Once)?\s*\(/.test(code(file))).map(rel)
    expect(handles).toEqual(['electron/main/ipc.ts'])
    expect(code(join(root, 'electron/main/ipc.ts')).match(/ipcMain\.handle\s*\(/g)).toHaveLength(1)
    expect(
      electronFiles.filter((file) => /ipcMain\.(on|once|addListener)\s*\(/.test(code(file))).map(rel),
    ).toEqual([])
  })

  it('only the external-link wrapper calls shell.openExternal', () => {
    const callers = electronFiles.filter((file) => /shell\.openExternal\s*\(/.test(code(file))).map(rel)
    expect(callers).toEqual(['electron/main/external-links.ts'])
  })

  it('every BrowserWindow is created from buildWindowOptions', () => {
    const creators = electronFiles.filter((file) => /new\s+BrowserWindow\s*\(/.test(code(file)))
    for (const file of creators) {
      expect(code(file), rel(file)).toMatch(/new\s+BrowserWindow\(\s*buildWindowOptions\(/)
    }
    expect(creators.length).toBeGreaterThan(0)
  })

  it('the preload imports nothing but electron and the shared bridge constants, and never exposes ipcRenderer', () => {
    const preload = code(join(root, 'electron/preload/index.ts'))
    // The `#shared/…` alias and the relative path name the same module (tools/use-shared-alias.mjs).
    const imports = [...preload.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((match) =>
      match[1]?.replace(/^#shared\//, '../../shared/'),
    )
    expect(imports.sort()).toEqual(['../../shared/ipc/desktop-api', 'electron'])
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1)
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/)
    expect(preload).not.toMatch(/\bprocess\./)
    expect(preload).not.toMatch(/ipcRenderer\.(on|once|send|sendSync|addListener)\b/)
  })

  it('the electron-vite config builds the preload as one CommonJS file', () => {
    const config = readFileSync(join(root, 'electron.vite.config.ts'), 'utf8')
    expect(config).toMatch(/format:\s*'cjs'/)
    expect(config).toMatch(/entryFileNames:\s*'\[name\]\.cjs'/)
    expect(config).toMatch(/inlineDynamicImports:\s*true/)
    expect(config).not.toMatch(/bytecode/i)
  })

  it('the main entry points at the .cjs preload', () => {
    expect(code(join(root, 'electron/main/index.ts'))).toMatch(/preload\/index\.cjs/)
  })
})
