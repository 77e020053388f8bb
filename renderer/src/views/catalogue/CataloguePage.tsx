import { useEffect, useState } from 'react'
import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import type { Provision } from '#shared/domain/types'
import { useStores } from '../../stores/store-context'
import { formatCents, formatDate } from '../../format/format'
import { TariffEditor } from './TariffEditor'
import { TariffImport } from './TariffImport'
import '../portfolio/portfolio.css'
import { formatSourceOf, withTariffCitation } from '../../format/citation'

type Editing = { provisionId: string; index: number | null }

/** Catalogus en tarieven: the provision catalogue with the active profile's tariffs, editable. */
export const CataloguePage = observer(function CataloguePage() {
  const { t } = useTranslation()
  const { municipality } = useStores()
  const [filter, setFilter] = useState('')
  const [editing, setEditing] = useState<Editing | null>(null)
  useEffect(() => {
    void municipality.load()
  }, [municipality])
  const profile = municipality.profile
  const needle = filter.trim().toLocaleLowerCase('nl')
  const label = (p: Provision) => t(p.labelKey, { defaultValue: p.id })
  const visible = municipality.provisions.filter(
    (p) =>
      !needle ||
      p.id.toLocaleLowerCase('nl').includes(needle) ||
      label(p).toLocaleLowerCase('nl').includes(needle),
  )

  return (
    <div className="page catalogue-page">
      <h1 id="catalogue-page-title">{t('portfolio.catalogue.title')}</h1>
      {profile && <p className="help">{t('portfolio.catalogue.intro', { name: profile.name })}</p>}
      <div className="toolbar">
        <label htmlFor="catalogue-filter">{t('portfolio.catalogue.filter')}</label>
        <input
          id="catalogue-filter"
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <button type="button" disabled={!profile} onClick={() => void municipality.exportProfile()}>
          {t('portfolio.catalogue.export.json')}
        </button>
        <button type="button" disabled={!profile} onClick={() => void municipality.exportTariffsCsv()}>
          {t('portfolio.catalogue.export.csv')}
        </button>
      </div>
      <TariffImport />
      {profile &&
        visible.map((provision) => {
          const tariffs = profile.tariffs
            .map((entry, index) => ({ entry, index }))
            .filter(({ entry }) => entry.provisionId === provision.id)
          return (
            <details
              key={provision.id}
              className="card catalogue-provision"
              open={needle !== '' || editing?.provisionId === provision.id}
            >
              <summary>
                {label(provision)} — {t(`portfolio.catalogue.laws.${provision.law}`)}
                {provision.categoryCode
                  ? ` · ${t('portfolio.catalogue.code')} ${provision.categoryCode}`
                  : ''}{' '}
                · {t(`portfolio.catalogue.units.${provision.unit}`)} ·{' '}
                {t('portfolio.catalogue.tariffCount', { count: tariffs.length })}
              </summary>
              <p className="help">
                {t('portfolio.catalogue.forms')}:{' '}
                {provision.deliveryForms.map((f) => t(`portfolio.catalogue.deliveryForms.${f}`)).join(', ')}
              </p>
              {tariffs.length === 0 ? (
                <p>{t('portfolio.catalogue.noTariffs')}</p>
              ) : (
                <table>
                  <caption className="visually-hidden">{label(provision)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('portfolio.catalogue.form')}</th>
                      <th scope="col" className="num">
                        {t('portfolio.catalogue.rate')}
                      </th>
                      <th scope="col">{t('portfolio.catalogue.from')}</th>
                      <th scope="col">{t('portfolio.catalogue.to')}</th>
                      <th scope="col">{t('portfolio.catalogue.source')}</th>
                      <th scope="col">{t('portfolio.catalogue.status')}</th>
                      <th scope="col">
                        <span className="visually-hidden">{t('common.edit')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {tariffs.map(({ entry, index }) => {
                      const formName = t(`portfolio.catalogue.deliveryForms.${entry.deliveryForm}`)
                      return (
                        <tr key={index}>
                          <td>{formName}</td>
                          <td className="num">{formatCents(entry.rateCents)}</td>
                          <td>{formatDate(entry.from)}</td>
                          <td>{entry.to ? formatDate(entry.to) : t('portfolio.catalogue.openEnded')}</td>
                          <td className="source-cell">{formatSourceOf(withTariffCitation(entry), t)}</td>
                          <td>
                            {entry.example && (
                              <span className="badge sev-warning">{t('common.example')}</span>
                            )}
                          </td>
                          <td>
                            <div className="button-row">
                              <button
                                type="button"
                                aria-label={t('portfolio.catalogue.editTariff', {
                                  form: formName,
                                  from: formatDate(entry.from),
                                })}
                                onClick={() => setEditing({ provisionId: provision.id, index })}
                              >
                                {t('common.edit')}
                              </button>
                              <button
                                type="button"
                                className="danger"
                                aria-label={t('portfolio.catalogue.deleteTariff', {
                                  form: formName,
                                  from: formatDate(entry.from),
                                })}
                                onClick={() => void municipality.removeTariff(index)}
                              >
                                {t('common.delete')}
                              </button>
                            </div>
                          </td>
                        </tr>
                      )
                    })}
                  </tbody>
                </table>
              )}
              {editing?.provisionId === provision.id ? (
                <TariffEditor
                  key={`${editing.index}`}
                  provision={provision}
                  index={editing.index}
                  entry={editing.index === null ? null : (profile.tariffs[editing.index] ?? null)}
                  onClose={() => setEditing(null)}
                />
              ) : (
                <button type="button" onClick={() => setEditing({ provisionId: provision.id, index: null })}>
                  {t('portfolio.catalogue.addTariff')}
                </button>
              )}
            </details>
          )
        })}
    </div>
  )
})
