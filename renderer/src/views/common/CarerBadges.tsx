import { useTranslation } from 'react-i18next'

/** Whether a carer's load in a scenario is intensive, overloaded or sustainable, as badges. */
export function CarerBadges({ intensive, overloaded }: { intensive: boolean; overloaded: boolean }) {
  const { t } = useTranslation()
  return (
    <>
      {intensive && <span className="badge sev-warning">{t('cases.network.intensive')}</span>}{' '}
      {overloaded && <span className="badge sev-blocking">{t('cases.network.overloaded')}</span>}
      {!intensive && !overloaded && <span className="badge">{t('cases.network.sustainable')}</span>}
    </>
  )
}
