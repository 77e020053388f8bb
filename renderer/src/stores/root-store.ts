import { UiStore } from './ui-store'

/**
 * The RootStore constructs the domain stores and the UiStore and injects their transport
 * (repositories, the desktop platform). Feature stores are added here as they arrive.
 */
export class RootStore {
  readonly ui: UiStore

  constructor() {
    this.ui = new UiStore()
  }
}

export function createRootStore(): RootStore {
  return new RootStore()
}
