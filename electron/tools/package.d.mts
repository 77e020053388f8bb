/** Types for package.mjs (its message helpers are tested from TypeScript). */
export declare function isDownloadFailure(output: string): boolean
export declare function downloadFailureMessage(version: string, platform: string, arch: string): string
