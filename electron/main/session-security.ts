/**
 * The session: every permission refused (the app needs no camera, location, notifications, USB…),
 * every request that is not the app itself cancelled, spellchecking (which can send words to a
 * service) off (docs/security-model.md#isolation).
 */
import type { Session } from 'electron'
import { isAllowedSessionRequest } from './url-trust'

/** Permissions the app grants: none. Kept as a named constant so adding one is a visible decision. */
const GRANTED_PERMISSIONS: readonly string[] = []

function isPermissionGranted(permission: string): boolean {
  return GRANTED_PERMISSIONS.includes(permission)
}

export function hardenSession(session: Session, options: { allowDevTools: boolean }): void {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(isPermissionGranted(permission)),
  )
  session.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission))
  if (typeof session.setDevicePermissionHandler === 'function')
    session.setDevicePermissionHandler(() => false)
  if (typeof session.setDisplayMediaRequestHandler === 'function') {
    // Calling back without a video source refuses the capture request.
    session.setDisplayMediaRequestHandler((_request, callback) => callback({}))
  }
  session.setSpellCheckerEnabled(false)
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    callback({ cancel: !isAllowedSessionRequest(details.url, options) })
  })
}
