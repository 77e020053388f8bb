import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { useStores } from '../../stores/store-context'
import { LANGUAGES, type Language } from '../../i18n'
import { MunicipalitySettings } from '../portfolio/MunicipalitySettings'
import { BackupSettings } from './BackupSettings'
import { IdentityForm } from './IdentityForm'
import { RetentionSettings } from './RetentionSettings'
import { LockSettings } from '../lock/LockSettings'

export const SettingsPage = observer(function SettingsPage() {
  const { t } = useTranslation()
  const { ui } = useStores()
  return (
    <div className="page settings-page">
      <h1>{t('settings.title')}</h1>
      <section aria-labelledby="language-title" className="card">
        <h2 id="language-title">{t('settings.language')}</h2>
        <p className="help">{t('settings.languageHelp')}</p>
        <fieldset className="radio-row">
          <legend className="visually-hidden">{t('settings.language')}</legend>
          {LANGUAGES.map((lang) => (
            <label key={lang}>
              <input
                type="radio"
                name="language"
                value={lang}
                checked={ui.language === lang}
                onChange={() => ui.setLanguage(lang as Language)}
              />
              {t(`settings.languages.${lang}`)}
            </label>
          ))}
        </fieldset>
      </section>
      <IdentityForm />
      <MunicipalitySettings />
      <BackupSettings />
      <RetentionSettings />
      <LockSettings />
    </div>
  )
})
