import { useEffect } from 'react'
import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import type { Provision, TariffEntry } from '#shared/domain/types'
import { useStores } from '../../stores/store-context'
import { DateInput } from '../common/DateInput'
import { Field } from '../common/Field'
import { FormFooter } from '../common/FormFooter'
import { useDraftForm } from '../common/useDraftForm'
import { localToday } from '../../format/today'
import { tariffCheck, tariffDraftOf } from './tariff-draft'

/**
 * Edits one tariff (or adds one) and shows which households it affects: those with lines on the
 * provision and delivery form.
 */
export const TariffEditor = observer(function TariffEditor({
  provision,
  index,
  entry,
  onClose,
}: {
  provision: Provision
  index: number | null
  entry: TariffEntry | null
  onClose: () => void
}) {
  const { t } = useTranslation()
  const { municipality } = useStores()
  // The profile's other tariffs (as stored now): the entry must not overlap them.
  const others = (municipality.profile?.tariffs ?? []).filter((_, i) => i !== index)
  const form = useDraftForm({
    initial: () => tariffDraftOf(entry, provision.deliveryForms[0] ?? 'zin'),
    ...tariffCheck(provision.id, others, entry, localToday()),
  })
  const deliveryForm = form.draft.deliveryForm

  useEffect(() => {
    void municipality.showUsage(provision.id, deliveryForm)
  }, [municipality, provision.id, deliveryForm])
  useEffect(() => () => municipality.clearUsage(), [municipality])

  const save = async (next: TariffEntry) => {
    if (await municipality.saveTariff(index, next)) onClose()
  }

  const usage = municipality.usage
  const label = t(provision.labelKey, { defaultValue: provision.id })
  return (
    <form
      className="card tariff-editor"
      aria-label={t('portfolio.catalogue.editTitle', { provision: label })}
      onSubmit={form.submit(save)}
      noValidate
    >
      <h3>{t('portfolio.catalogue.editTitle', { provision: label })}</h3>
      <div className="field-grid">
        <Field form={form} name="deliveryForm" label={t('portfolio.catalogue.form')}>
          <select {...form.text('deliveryForm')}>
            {provision.deliveryForms.map((f) => (
              <option key={f} value={f}>
                {t(`portfolio.catalogue.deliveryForms.${f}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field form={form} name="rate" label={t('portfolio.catalogue.rate')} money>
          <input {...form.text('rate')} inputMode="decimal" />
        </Field>
        <Field form={form} name="from" label={t('portfolio.catalogue.from')}>
          <DateInput {...form.date('from')} />
        </Field>
        <Field form={form} name="to" label={t('portfolio.catalogue.to')}>
          <DateInput {...form.date('to')} />
        </Field>
        <Field form={form} name="source" label={t('portfolio.catalogue.source')}>
          <input {...form.text('source')} />
        </Field>
        <label>
          <input {...form.checkbox('example')} /> {t('portfolio.catalogue.example')}
        </label>
      </div>
      <div className="affected" aria-live="polite">
        <h4>{t('portfolio.catalogue.affected.title')}</h4>
        <p className="help">{t('portfolio.catalogue.affected.help')}</p>
        {!usage || usage.provisionId !== provision.id || usage.deliveryForm !== deliveryForm ? (
          <p>{t('portfolio.catalogue.affected.loading')}</p>
        ) : usage.households.length === 0 ? (
          <p>{t('portfolio.catalogue.affected.none')}</p>
        ) : (
          <>
            <p>
              <strong>{t('portfolio.catalogue.affected.count', { count: usage.households.length })}</strong>
            </p>
            <ul className="affected-list">
              {usage.households.slice(0, 25).map((h) => (
                <li key={h.householdId}>
                  <a href={`#/cases/${encodeURIComponent(h.householdId)}/arrangement`}>{h.label}</a> —{' '}
                  {t('portfolio.catalogue.affected.lines', { count: h.lineCount })}
                  {!h.chosen && <span className="badge sev-warning">{t('portfolio.badges.fallback')}</span>}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <FormFooter notSaved={form.notSaved} onCancel={onClose} />
    </form>
  )
})
