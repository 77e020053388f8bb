import { useEffect, useState } from 'react'
import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import type { DeliveryForm, Provision, TariffEntry } from '../../../../shared/domain/types'
import { isRealIsoDate, parseEuroToCents } from '../../../../shared/portfolio'
import { useStores } from '../../stores/store-context'

function centsToInput(cents: number): string {
  return (cents / 100).toFixed(2).replace('.', ',')
}

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
  const [form, setForm] = useState<DeliveryForm>(entry?.deliveryForm ?? provision.deliveryForms[0] ?? 'zin')
  const [rate, setRate] = useState(entry ? centsToInput(entry.rateCents) : '')
  const [from, setFrom] = useState(entry?.from ?? '')
  const [to, setTo] = useState(entry?.to ?? '')
  const [source, setSource] = useState(entry?.source ?? '')
  const [example, setExample] = useState(entry?.example ?? false)
  const [submitted, setSubmitted] = useState(false)

  useEffect(() => {
    void municipality.showUsage(provision.id, form)
  }, [municipality, provision.id, form])
  useEffect(() => () => municipality.clearUsage(), [municipality])

  const rateCents = parseEuroToCents(rate)
  const errors = {
    rate: rateCents === null || rateCents < 0 ? t('portfolio.catalogue.problems.rate') : null,
    from: !isRealIsoDate(from) ? t('portfolio.catalogue.problems.from') : null,
    to: to !== '' && (!isRealIsoDate(to) || to < from) ? t('portfolio.catalogue.problems.to') : null,
    source: source.trim() === '' ? t('portfolio.catalogue.problems.source') : null,
  }
  const valid = Object.values(errors).every((e) => e === null)
  const show = (k: keyof typeof errors) => (submitted ? errors[k] : null)
  const id = (k: string) => `tariff-${provision.id}-${k}`

  const save = async () => {
    setSubmitted(true)
    if (!valid || rateCents === null) return
    const next: TariffEntry = {
      provisionId: provision.id,
      deliveryForm: form,
      rateCents,
      from,
      to: to === '' ? null : to,
      source: source.trim(),
      ...(example ? { example: true } : {}),
    }
    if (await municipality.saveTariff(index, next)) onClose()
  }

  const usage = municipality.usage
  const label = t(provision.labelKey, { defaultValue: provision.id })
  return (
    <form
      className="card tariff-editor"
      aria-label={t('portfolio.catalogue.editTitle', { provision: label })}
      onSubmit={(e) => {
        e.preventDefault()
        void save()
      }}
    >
      <h3>{t('portfolio.catalogue.editTitle', { provision: label })}</h3>
      <div className="field-grid">
        <div className="field">
          <label htmlFor={id('form')}>{t('portfolio.catalogue.form')}</label>
          <select id={id('form')} value={form} onChange={(e) => setForm(e.target.value as DeliveryForm)}>
            {provision.deliveryForms.map((f) => (
              <option key={f} value={f}>
                {t(`portfolio.catalogue.deliveryForms.${f}`)}
              </option>
            ))}
          </select>
        </div>
        {(
          [
            ['rate', t('portfolio.catalogue.rate'), rate, setRate],
            ['from', t('portfolio.catalogue.from'), from, setFrom],
            ['to', t('portfolio.catalogue.to'), to, setTo],
            ['source', t('portfolio.catalogue.source'), source, setSource],
          ] as const
        ).map(([k, text, value, set]) => (
          <div className="field" key={k}>
            <label htmlFor={id(k)}>{text}</label>
            <input
              id={id(k)}
              value={value}
              placeholder={k === 'from' || k === 'to' ? 'JJJJ-MM-DD' : undefined}
              inputMode={k === 'rate' ? 'decimal' : undefined}
              aria-invalid={show(k) ? 'true' : 'false'}
              aria-describedby={show(k) ? `${id(k)}-error` : undefined}
              onChange={(e) => set(e.target.value)}
            />
            {show(k) && (
              <span id={`${id(k)}-error`} className="field-error">
                {show(k)}
              </span>
            )}
          </div>
        ))}
        <label>
          <input type="checkbox" checked={example} onChange={(e) => setExample(e.target.checked)} />{' '}
          {t('portfolio.catalogue.example')}
        </label>
      </div>
      <div className="affected" aria-live="polite">
        <h4>{t('portfolio.catalogue.affected.title')}</h4>
        <p className="help">{t('portfolio.catalogue.affected.help')}</p>
        {!usage || usage.provisionId !== provision.id || usage.deliveryForm !== form ? (
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
      <div className="button-row">
        <button type="submit" className="primary" disabled={municipality.saving}>
          {t('common.save')}
        </button>
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
})
