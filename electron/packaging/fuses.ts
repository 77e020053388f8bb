/**
 * The Electron fuses of every packaged Maatwerk build (docs/security-model.md#isolation; electron/SECURITY.md row 19).
 * Fuses are bits in the Electron binary itself, so they hold even when someone starts the signed
 * executable with their own arguments or environment. `after-pack.ts` flips them before signing and
 * reads them back; `tests/electron/packaging.test.ts` fails when any of them is loosened.
 */
import { FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses'

/** Named like electron-builder's `electronFuses` options, so the intent reads the same everywhere. */
export const RELEASE_FUSES = {
  /** ELECTRON_RUN_AS_NODE would turn the signed binary into a plain Node.js interpreter. */
  runAsNode: false,
  /** Cookies on disk encrypted with the OS key store (safeStorage's keychain/DPAPI/libsecret). */
  enableCookieEncryption: true,
  /** NODE_OPTIONS (e.g. `--require evil.js`) is ignored. */
  enableNodeOptionsEnvironmentVariable: false,
  /** `--inspect`, `--inspect-brk` and friends are ignored: no debugger attaches to the main process. */
  enableNodeCliInspectArguments: false,
  /** app.asar is checked against the hash embedded at build time (macOS; Windows since Electron 30). */
  enableEmbeddedAsarIntegrityValidation: true,
  /** The app is only ever loaded from app.asar, never from a loose `resources/app` folder. */
  onlyLoadAppFromAsar: true,
  /** Not used: no custom V8 snapshot for the browser process. */
  loadBrowserProcessSpecificV8Snapshot: false,
  /** file:// gets no extra privileges; the app loads from app://bundle. */
  grantFileProtocolExtraPrivileges: false,
} as const

export type ReleaseFuseName = keyof typeof RELEASE_FUSES

/** Wire index of each named fuse (the order of @electron/fuses' FuseV1Options). */
export const FUSE_INDEX: Record<ReleaseFuseName, FuseV1Options> = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
}

/** The config handed to `flipFuses`. On macOS the ad-hoc signature must be redone after flipping. */
export function releaseFuseConfig(platform: string): FuseV1Config {
  const config: FuseV1Config = {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature: platform === 'darwin' || platform === 'mas',
  }
  for (const [name, value] of Object.entries(RELEASE_FUSES) as [ReleaseFuseName, boolean][]) {
    config[FUSE_INDEX[name]] = value
  }
  return config
}
