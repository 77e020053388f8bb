/**
 * Main-process entry (built to out/main/index.js). Thin on purpose: the wiring is in
 * main-process.ts and every decision in a small pure module with its own tests.
 */
import { join } from 'node:path'
import { startMainProcess } from './main-process'

const here = import.meta.dirname

void startMainProcess({
  rendererRoot: join(here, '../renderer'),
  preloadPath: join(here, '../preload/index.cjs'),
})
