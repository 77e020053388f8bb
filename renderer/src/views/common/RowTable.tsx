import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

type RowColumn = { key: string; label: ReactNode; numeric?: boolean }

/**
 * A table of rows, one a thing (a member, a carer, a closed case): a header cell a column, and with
 * `actions` a last column for the row's buttons whose header only a screen reader reads. The rows
 * (`<tr>`, the first cell a row header) are the caller's.
 */
export function RowTable({
  columns,
  actions,
  className,
  labelledBy,
  children,
}: {
  columns: readonly RowColumn[]
  actions: boolean
  className: string
  labelledBy?: string
  children: ReactNode
}) {
  const { t } = useTranslation()
  return (
    <table className={className} aria-labelledby={labelledBy}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} scope="col" className={column.numeric ? 'num' : undefined}>
              {column.label}
            </th>
          ))}
          {actions && (
            <th scope="col">
              <span className="visually-hidden">{t('cases.columns.actions')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  )
}
