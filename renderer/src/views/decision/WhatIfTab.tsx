import { useTranslation } from 'react-i18next'

// Placeholder: owned by the decision-support work; replaced by the real screen.
export function WhatIfTab() {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="what-if-tab-title">
      <h2 id="what-if-tab-title">{t('caseTabs.whatIf')}</h2>
      <p>{t('common.comingSoon')}</p>
    </section>
  )
}
