/** Types for ensure-browser.mjs (so its pure helpers can be tested from TypeScript). */
export declare const DEBIAN_CHROMIUM: string
export declare function isOnPath(command: string, env?: Record<string, string | undefined>): boolean
export type BrowserPlan =
  { kind: 'use'; path: string } | { kind: 'apt' } | { kind: 'playwright' } | { kind: 'fail'; reason: string }
export declare function planBrowser(facts: {
  env: Record<string, string | undefined>
  exists: (path: string) => boolean
  isRoot: boolean
  hasAptGet: boolean
}): BrowserPlan
