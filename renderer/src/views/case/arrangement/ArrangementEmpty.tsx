import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { useStores } from '../../../stores/store-context'

/**
 * The arrangement tab of a case without scenarios: what belongs here, and a first scenario suggested
 * from the needs scored 1–2 and the carers already recorded, created with one click.
 */
export const ArrangementEmpty = observer(function ArrangementEmpty() {
  const { t } = useTranslation()
  const { openCase, engine, startup } = useStores()
  const suggestion = openCase.suggestion
  const provisionLabel = (id: string) => {
    const provision = engine.provisions.find((p) => p.id === id)
    return provision ? t(provision.labelKey, { defaultValue: id }) : id
  }
  const hasSuggestions = suggestion !== null && suggestion.lines.length > 0
  return (
    <div className="card empty-tab" data-testid="arrangement-empty">
      <p className="empty-state">{t('emptyTabs.arrangement')}</p>
      {hasSuggestions ? (
        <>
          <h3>{t('emptyTabs.suggestionsTitle')}</h3>
          <ul className="suggestions">
            {suggestion.needs.map((need) => (
              <li key={`${need.personId}-${need.domain}`}>
                {t('emptyTabs.suggestionNeed', {
                  name: openCase.personName(need.personId),
                  domain: t(`zrm.domain.${need.domain}`),
                  score: need.score,
                  provision: provisionLabel(need.provisionId),
                })}
              </li>
            ))}
            {suggestion.carers.map((carer) => (
              <li key={carer.carerId}>
                {t('emptyTabs.suggestionCarer', {
                  name: openCase.carerName(carer.carerId),
                  hours: carer.hoursPerWeek,
                })}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">{t('emptyTabs.noSuggestions')}</p>
      )}
      {!startup.readOnly && hasSuggestions && (
        <div className="button-row">
          <button
            type="button"
            className="primary"
            onClick={() =>
              void openCase.createScenario(t('cases.arrangement.defaultScenarioName', { n: 1 }), {
                suggested: true,
              })
            }
          >
            {t('emptyTabs.createWithSuggestions')}
          </button>
        </div>
      )}
    </div>
  )
})
