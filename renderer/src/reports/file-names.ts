/**
 * File names for exports: never a person's name or BSN (they end up in download lists, recent-file
 * menus and mail attachments); only the kind of document and the date.
 */
export type ExportKind = 'plan' | 'vergelijking' | 'portefeuille' | 'inzage'

export function exportFileName(
  kind: ExportKind,
  date: string,
  extension: 'pdf' | 'xlsx' | 'csv' | 'json',
): string {
  return `maatwerk-${kind}-${date.slice(0, 10)}.${extension}`
}
