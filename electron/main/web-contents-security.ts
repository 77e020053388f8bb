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
  contents.on('will-navigate', (event) => guardNavigation(event))
  contents.on('will-frame-navigate', (event) => guardNavigation(event))
  contents.on('will-redirect', (event) => {
    if (decideNavigation(event.url) !== 'allow') event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (decideWindowOpen(url) === 'open-external') void openExternal(url)
    return { action: 'deny' }
  })
}
