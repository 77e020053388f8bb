// The data layer's public surface: the contract (api.ts) and its Dexie implementation.
export * from './api'
export { openDataLayer } from './open'
export { createMemorySentinel } from './sentinel'
export { localStorageLegacyDoNothing } from './legacy-do-nothing'
