import { observer } from 'mobx-react-lite'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { useStores } from '../../stores/store-context'
import { checkConsultant } from '../../stores/identity-store'
import type { DraftCheck, FieldErrors } from '../common/draft-form'
import { Field } from '../common/Field'
import { useDraftForm } from '../common/useDraftForm'

type IdentityDraft = { consultant: string }

/** At most 60 characters, as the identity store keeps them (trimmed). */
const identitySchema = z.strictObject({ consultant: z.string().min(1).max(60) })

/**
 * The consultant's name as the identity store accepts it (`checkConsultant`): at least 2 characters,
 * at most 60, letters, digits and a few separators only.
 */
export const identityCheck: DraftCheck<IdentityDraft, IdentityDraft> = {
  schema: identitySchema,
  read: (draft) => {
    const consultant = draft.consultant.trim()
    const errors: FieldErrors<IdentityDraft> = {}
    const problem = checkConsultant(consultant)
    if (consultant.length === 1) errors.consultant = { code: 'textTooShort', params: { minimum: 2 } }
    else if (problem === 'identity.invalid') errors.consultant = { code: 'characters' }
    return { errors, value: { consultant } }
  },
}

/**
 * The consultant's name or staff id for the audit log (issue 12 item 7): asked on top of the app at
 * first start (`prompt`), and in Settings to change it.
 */
export const IdentityForm = observer(function IdentityForm({ prompt = false }: { prompt?: boolean }) {
  const { identity } = useStores()
  const { t } = useTranslation()
  const form = useDraftForm({ initial: () => ({ consultant: identity.consultant ?? '' }), ...identityCheck })
  if (prompt && !identity.needsConsultant) return null
  const titleId = prompt ? 'identity-prompt-title' : 'identity-title'
  return (
    <section aria-labelledby={titleId} className={prompt ? 'card identity-prompt' : 'card'}>
      <h2 id={titleId}>{t('identity.title')}</h2>
      <p className="help">{t('identity.body')}</p>
      <form
        onSubmit={form.submit(({ consultant }) => identity.setConsultant(consultant))}
        className="identity-form"
        noValidate
      >
        <Field form={form} name="consultant" label={t('identity.label')}>
          <input {...form.text('consultant')} type="text" maxLength={80} autoComplete="off" />
        </Field>
        <div className="button-row">
          <button type="submit" className="primary">
            {t('identity.save')}
          </button>
        </div>
      </form>
      {!prompt && identity.consultant && (
        <p className="help">
          {t('identity.current', { name: identity.consultant, device: identity.deviceId })}
        </p>
      )}
    </section>
  )
})
