/**
 * Locks every web contents the app creates (registered from `app.on('web-contents-created')`):
 * no navigation away from `app://bundle/`, no new windows, no <webview>. Allowlisted https links
 * that the page tries to open go to the user's browser through the one wrapper instead.
 */
import type { WebContents } from 'electron'
import { decideNavigation, decideWindowOpen } from './url-trust'

type PreventableUrlEvent = { url: string; preventDefault: () => void }

export function hardenWebContents(contents: WebContents, openExternal: (url: string) => unknown): void {
  const guardNavigation = (event: PreventableUrlEvent): void => {
    const decision = decideNavigation(event.url)
    if (decision === 'allow') return
    event.preventDefault()
    if (decision === 'open-external') void openExternal(event.url)
  }
  const refuseForeign = (event: PreventableUrlEvent): void => {
    if (decideNavigation(event.url) !== 'allow') event.preventDefault()
  }
  contents.on('will-navigate', (event) => guardNavigation(event))
  // Fires for every frame, the main frame included (after will-navigate): refuse only, so that a
  // clicked link does not open twice in the browser.
  contents.on('will-frame-navigate', (event) => refuseForeign(event))
  contents.on('will-redirect', (event) => refuseForeign(event))
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (decideWindowOpen(url) === 'open-external') void openExternal(url)
    return { action: 'deny' }
  })
}
