/**
 * Packaging (electron-builder 26): `npm run package` builds the installers for the current platform.
 * Windows: NSIS installer + MSI (managed deployment); macOS: dmg; Linux: AppImage + deb.
 *
 * What must never loosen (tests/electron/packaging.test.ts reads this file): ASAR on, only the built
 * app in the package, the release fuses flipped by our afterPack hook, the app id and product name that
 * fix the user-data folder (and so the IndexedDB data) across updates.
 */
import type { Configuration } from 'electron-builder'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { APP_ID, CASE_FILE_SUFFIX, LINUX_EXECUTABLE_NAME, PRODUCT_NAME } from './electron/main/app-identity'
import { afterPack } from './electron/packaging/after-pack'

const root = fileURLToPath(new URL('.', import.meta.url))
const icons = 'electron/packaging/icons'

/**
 * A local Electron build to package instead of downloading one: ELECTRON_DIST, or the binary that
 * `npm start` fetched into node_modules/electron/dist (same version, host platform only).
 */
function localElectronDist(): string | undefined {
  if (process.env.ELECTRON_DIST) return process.env.ELECTRON_DIST
  const dist = join(root, 'node_modules/electron/dist')
  const pathFile = join(root, 'node_modules/electron/path.txt')
  if (!existsSync(pathFile)) return undefined
  return existsSync(join(dist, readFileSync(pathFile, 'utf8').trim())) ? dist : undefined
}

/** `.maatwerk.json` case files open in the app (main process: electron/main/opened-files.ts). */
export const CASE_FILE_ASSOCIATION = {
  ext: CASE_FILE_SUFFIX.slice(1),
  name: 'Maatwerk casusbestand',
  description: 'Maatwerk casusbestand',
  mimeType: 'application/vnd.maatwerk.case+json',
  role: 'Editor',
  isPackage: false,
} as const

const config: Configuration = {
  appId: APP_ID,
  productName: PRODUCT_NAME,
  copyright: 'Copyright © 2026 Maatwerk',
  electronDist: localElectronDist(),
  directories: { output: 'dist', buildResources: icons },
  // Only the built app: main, preload, renderer and package.json. Everything main needs is bundled
  // (electron.vite.config.ts `externalizeDeps: false`), so no node_modules ship.
  files: [
    'package.json',
    'out/main/**',
    'out/preload/**',
    'out/renderer/**',
    '!**/*.map',
    '!**/*.{ts,tsx,mts,cts}',
    '!**/{test,tests,__tests__}/**',
    '!node_modules/**',
  ],
  extraMetadata: { main: 'out/main/index.js', productName: PRODUCT_NAME },
  asar: true,
  includePdb: false,
  // Nothing native to rebuild: main is one bundled file.
  npmRebuild: false,
  nodeGypRebuild: false,
  // Our hook flips the fuses (fuses.ts) and refuses an app.asar with anything but the built app.
  afterPack,
  fileAssociations: [CASE_FILE_ASSOCIATION],
  win: {
    target: [
      { target: 'nsis', arch: ['x64'] },
      { target: 'msi', arch: ['x64'] },
    ],
    icon: `${icons}/icon.ico`,
    executableName: PRODUCT_NAME,
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    // Uninstalling (or updating) never removes the user's case data.
    deleteAppDataOnUninstall: false,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: PRODUCT_NAME,
    artifactName: '${productName}-Setup-${version}.${ext}',
  },
  msi: {
    // Managed deployment: per machine, silent-installable (msiexec /qn), no UI choices.
    perMachine: true,
    oneClick: true,
    createDesktopShortcut: false,
    createStartMenuShortcut: true,
    shortcutName: PRODUCT_NAME,
    artifactName: '${productName}-${version}.${ext}',
  },
  mac: {
    target: [{ target: 'dmg', arch: ['arm64', 'x64'] }],
    icon: `${icons}/icon.icns`,
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
  },
  dmg: { artifactName: '${productName}-${version}-${arch}.${ext}' },
  linux: {
    target: [
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ],
    icon: `${icons}/icon.png`,
    executableName: LINUX_EXECUTABLE_NAME,
    category: 'Office',
    synopsis: 'Beslisondersteuning voor maatwerkvoorzieningen',
    maintainer: 'Maatwerk <maatwerk@example.invalid>',
  },
  appImage: { artifactName: '${productName}-${version}-${arch}.${ext}' },
  deb: { artifactName: '${name}_${version}_${arch}.${ext}' },
  publish: null,
}

export default config
