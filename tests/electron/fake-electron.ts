// A fake `electron` module for main-process and preload tests (aliased in vitest.config.ts). Owned by the shell work.
export const app = { whenReady: () => Promise.resolve(), on: () => undefined }
export const contextBridge = { exposeInMainWorld: () => undefined }
