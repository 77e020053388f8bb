/** Types for release-check.mjs (its messages are tested from TypeScript). */
export declare const RELEASE_CHECKS: string[]
export declare function missingBinaryMessage(): string
