/**
 * The application menu in Dutch or English, as plain data (Electron's MenuItemConstructorOptions
 * shape). Editing and window commands use Electron roles; the help menu opens allowlisted pages
 * through the one external-link wrapper. DevTools appear only in development builds.
 */
import type { Language } from '#shared/ipc/desktop-api'

export type MenuItemTemplate = {
  label?: string
  role?: string
  type?: 'separator' | 'submenu' | 'normal'
  accelerator?: string
  submenu?: MenuItemTemplate[]
  click?: () => void
}

const LABELS = {
  nl: {
    file: 'Bestand',
    quit: 'Maatwerk afsluiten',
    close: 'Venster sluiten',
    edit: 'Bewerken',
    undo: 'Ongedaan maken',
    redo: 'Opnieuw',
    cut: 'Knippen',
    copy: 'Kopiëren',
    paste: 'Plakken',
    selectAll: 'Alles selecteren',
    view: 'Beeld',
    reload: 'Opnieuw laden',
    resetZoom: 'Werkelijke grootte',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    fullScreen: 'Volledig scherm',
    devTools: 'Ontwikkelaarshulpmiddelen',
    window: 'Venster',
    minimize: 'Minimaliseren',
    help: 'Help',
    wmo: 'Wet maatschappelijke ondersteuning 2015 (wetten.overheid.nl)',
    jeugdwet: 'Jeugdwet (wetten.overheid.nl)',
    participatiewet: 'Participatiewet (wetten.overheid.nl)',
    cak: 'Eigen bijdrage (CAK)',
    about: 'Over Maatwerk',
  },
  en: {
    file: 'File',
    quit: 'Quit Maatwerk',
    close: 'Close window',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    reload: 'Reload',
    resetZoom: 'Actual size',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fullScreen: 'Full screen',
    devTools: 'Developer tools',
    window: 'Window',
    minimize: 'Minimise',
    help: 'Help',
    wmo: 'Social Support Act 2015 (wetten.overheid.nl)',
    jeugdwet: 'Youth Act (wetten.overheid.nl)',
    participatiewet: 'Participation Act (wetten.overheid.nl)',
    cak: 'Personal contribution (CAK)',
    about: 'About Maatwerk',
  },
} satisfies Record<Language, Record<string, string>>

/** Help links; every one must pass the external-link allowlist (tested). */
export const HELP_LINKS = {
  wmo: 'https://wetten.overheid.nl/BWBR0035362',
  jeugdwet: 'https://wetten.overheid.nl/BWBR0034925',
  participatiewet: 'https://wetten.overheid.nl/BWBR0015703',
  cak: 'https://www.hetcak.nl/',
} as const

type MenuOptions = {
  language: Language
  isPackaged: boolean
  isMac: boolean
  openExternal: (url: string) => void
}

export function buildMenuTemplate(options: MenuOptions): MenuItemTemplate[] {
  const t = LABELS[options.language]
  const separator: MenuItemTemplate = { type: 'separator' }
  const link = (key: keyof typeof HELP_LINKS): MenuItemTemplate => ({
    label: t[key],
    click: () => options.openExternal(HELP_LINKS[key]),
  })
  const viewItems: MenuItemTemplate[] = [
    { label: t.reload, role: 'reload' },
    separator,
    { label: t.resetZoom, role: 'resetZoom' },
    { label: t.zoomIn, role: 'zoomIn' },
    { label: t.zoomOut, role: 'zoomOut' },
    separator,
    { label: t.fullScreen, role: 'togglefullscreen' },
  ]
  if (!options.isPackaged) viewItems.push(separator, { label: t.devTools, role: 'toggleDevTools' })
  return [
    ...(options.isMac
      ? [
          {
            label: 'Maatwerk',
            submenu: [{ label: t.about, role: 'about' }, separator, { label: t.quit, role: 'quit' }],
          },
        ]
      : []),
    {
      label: t.file,
      submenu: [
        { label: t.close, role: 'close' },
        ...(options.isMac ? [] : [separator, { label: t.quit, role: 'quit' }]),
      ],
    },
    {
      label: t.edit,
      submenu: [
        { label: t.undo, role: 'undo' },
        { label: t.redo, role: 'redo' },
        separator,
        { label: t.cut, role: 'cut' },
        { label: t.copy, role: 'copy' },
        { label: t.paste, role: 'paste' },
        { label: t.selectAll, role: 'selectAll' },
      ],
    },
    { label: t.view, submenu: viewItems },
    {
      label: t.window,
      submenu: [
        { label: t.minimize, role: 'minimize' },
        { label: t.close, role: 'close' },
      ],
    },
    {
      label: t.help,
      role: 'help',
      submenu: [link('wmo'), link('jeugdwet'), link('participatiewet'), link('cak')],
    },
  ]
}
