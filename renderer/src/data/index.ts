// The data layer's public surface: the contract (api.ts) and its Dexie implementation.
export * from './api'
export { openDataLayer, DEFAULT_DATABASE_NAME } from './open'
export { createLocalStorageSentinel, createMemorySentinel, SENTINEL_STORAGE_KEY } from './sentinel'
export { DATA_ERROR_MESSAGES, isQuotaError } from './errors'
export { DATA_FORMAT_VERSION } from './db'
export { localStorageLegacyDoNothing } from './legacy-do-nothing'
