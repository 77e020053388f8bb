// Renderer tests run in happy-dom with an in-memory IndexedDB, and with MobX in strict mode as the app
// runs: a MobX warning (a state change outside an action, a side effect inside a computed) fails the
// test that caused it.
import 'fake-indexeddb/auto'
import { afterEach } from 'vitest'
import { configureMobx, MOBX_WARNING_PREFIX } from '../../renderer/src/stores/mobx-config'

configureMobx()

const mobxWarnings: string[] = []
const warn = console.warn.bind(console)
console.warn = (...args: unknown[]): void => {
  const first = args[0]
  if (typeof first === 'string' && first.startsWith(MOBX_WARNING_PREFIX)) mobxWarnings.push(first)
  warn(...args)
}

afterEach(() => {
  const found = mobxWarnings.splice(0)
  if (found.length > 0) throw new Error(`MobX strict mode: ${found.join('\n')}`)
})
