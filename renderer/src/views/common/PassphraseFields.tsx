import { useId, useState } from 'react'

/** The two fields' text, held by the screen (a second action may use it too: automatic backups). */
type PassphraseDraft = {
  passphrase: string
  repeat: string
  setPassphrase: (value: string) => void
  setRepeat: (value: string) => void
}

export function usePassphraseDraft(): PassphraseDraft {
  const [passphrase, setPassphrase] = useState('')
  const [repeat, setRepeat] = useState('')
  return { passphrase, repeat, setPassphrase, setRepeat }
}

/**
 * A new passphrase typed twice, with its help line and a submit button: the backup's passphrase and
 * the workspace lock's use the same form. The store checks length and match and says what is wrong;
 * the fields empty themselves once it accepted them, so a passphrase never lingers on screen.
 */
export function PassphraseFields({
  draft,
  label,
  repeatLabel,
  help,
  submitLabel,
  busy,
  onSubmit,
}: {
  draft: PassphraseDraft
  label: string
  repeatLabel: string
  help: string
  submitLabel: string
  busy: boolean
  /** Resolves to true when the passphrase was accepted (the fields are then cleared). */
  onSubmit: (passphrase: string, repeat: string) => Promise<boolean>
}) {
  const { passphrase, repeat, setPassphrase, setRepeat } = draft
  const ids = { pass: useId(), repeat: useId(), help: useId() }
  return (
    <>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault()
          void onSubmit(passphrase, repeat).then((accepted) => {
            if (accepted) {
              setPassphrase('')
              setRepeat('')
            }
          })
        }}
      >
        <label htmlFor={ids.pass}>{label}</label>
        <input
          id={ids.pass}
          type="password"
          autoComplete="new-password"
          aria-describedby={ids.help}
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
        />
        <label htmlFor={ids.repeat}>{repeatLabel}</label>
        <input
          id={ids.repeat}
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={(event) => setRepeat(event.target.value)}
        />
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
      </form>
      <p id={ids.help} className="help">
        {help}
      </p>
    </>
  )
}
