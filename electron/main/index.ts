/**
 * Main-process entry (built to out/main/index.js). Thin on purpose: the wiring is in
 * main-process.ts and every decision in a small pure module with its own tests.
 */
import { app } from 'electron'
import { join } from 'node:path'
import { pinUserDataFolder } from './app-identity'
import { startMainProcess } from './main-process'

const here = import.meta.dirname

// The same user-data folder for every build and update (IndexedDB, sentinel, backups live there).
// Only an unpackaged run (the release check) may point it elsewhere.
pinUserDataFolder(app, app.isPackaged ? undefined : process.env.MAATWERK_USER_DATA_DIR)

void startMainProcess({
  rendererRoot: join(here, '../renderer'),
  preloadPath: join(here, '../preload/index.cjs'),
})
