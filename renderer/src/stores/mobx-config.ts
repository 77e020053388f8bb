import { configure } from 'mobx'

/**
 * MobX strict mode for the app and the renderer tests: every state change happens inside an action
 * (`makeAutoObservable` methods, `runInAction` after an `await`), observed or not, so a change from a
 * stray callback shows up as a warning — and the renderer tests turn that warning into a failure
 * (tests/renderer/setup.ts). MobX checks this in development builds only.
 */
export function configureMobx(): void {
  configure({ enforceActions: 'always', computedRequiresReaction: false })
}

/** The start of every warning MobX prints (strict-mode violations among them). */
export const MOBX_WARNING_PREFIX = '[MobX]'
