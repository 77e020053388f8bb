// The public engine API (DESIGN.md §4). Filled in by the engine work.
export type * from './domain/types'
export * from './case-file'
export { isValidBsn, maskBsn } from './domain/bsn'
export * from './examples'
