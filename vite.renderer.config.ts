import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// The renderer on its own, for `npm run web`, `npm run dev` and the end-to-end tests in Chromium.
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  // `#shared/…` imports name modules of shared/ (tsconfig.json `paths` says the same).
  resolve: { alias: { '#shared': resolve(import.meta.dirname, 'shared') } },
  build: { outDir: resolve(import.meta.dirname, 'out/renderer'), emptyOutDir: true },
  worker: { format: 'es' },
  plugins: [react()],
})
