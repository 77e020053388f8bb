import { useTranslation } from 'react-i18next'

/**
 * Edit and delete buttons for one row of a table (a member, a carer). The accessible names carry the
 * row's name ("Wijzigen: Anja"), so screen-reader users know which row a button acts on.
 */
export function RowActions({
  name,
  editLabel,
  deleteLabel,
  onEdit,
  onDelete,
}: {
  name: string
  editLabel: string
  deleteLabel: string
  onEdit: () => void
  onDelete: () => void
}) {
  const { t } = useTranslation()
  return (
    <div className="row-actions">
      <button type="button" aria-label={`${editLabel}: ${name}`} onClick={onEdit}>
        {t('common.edit')}
      </button>
      <button type="button" className="danger" aria-label={`${deleteLabel}: ${name}`} onClick={onDelete}>
        {t('common.delete')}
      </button>
    </div>
  )
}
