/**
 * Who the app is to the operating system. The packaging config (electron-builder.config.ts) and the
 * main process read these, so the installer, the user-data folder and the running app always agree.
 *
 * Never change them after a release: the user-data folder holds the IndexedDB database (at the fixed
 * origin app://bundle), the sentinel and the backups, and the app id is how Windows and macOS
 * recognise an update of the same app instead of a second app.
 */
import { isAbsolute, join } from 'node:path'

export const PRODUCT_NAME = 'Maatwerk'
export const APP_ID = 'nl.maatwerk.desktop'
/** The folder under the OS's per-user application-data folder (`app.getPath('appData')`). */
export const USER_DATA_FOLDER = 'Maatwerk'
/** The executable's file name on Linux (lower case, no spaces). */
export const LINUX_EXECUTABLE_NAME = 'maatwerk'
/** Case files that the OS hands to the app (file association, command line, drag onto the icon). */
export const CASE_FILE_SUFFIX = '.maatwerk.json'

type AppPaths = {
  getPath(name: 'appData'): string
  setPath(name: 'userData', path: string): void
  setName(name: string): void
}

/**
 * Pins the user-data folder to `<appData>/Maatwerk`, whatever name package.json or the installer
 * gives the app. Must run before `ready` and before the single-instance lock (which lives there).
 * `override` (an absolute folder) is for unpackaged test runs only; index.ts passes none when packaged.
 */
export function pinUserDataFolder(app: AppPaths, override?: string): string {
  const folder = override && isAbsolute(override) ? override : join(app.getPath('appData'), USER_DATA_FOLDER)
  app.setName(PRODUCT_NAME)
  app.setPath('userData', folder)
  return folder
}
