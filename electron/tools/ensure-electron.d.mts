/** Types for ensure-electron.mjs (so its pure helpers can be tested from TypeScript). */
export declare function findElectronPackage(fromDir?: string): string | null
export declare function resolveElectronBinary(
  electronDir: string,
  env?: Record<string, string | undefined>,
): string | null
export declare function installElectronBinary(electronDir: string): boolean
