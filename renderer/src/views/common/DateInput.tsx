import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDateInput, parseDateText } from '../../format/format'

type DateInputProps = {
  id: string
  /** 'YYYY-MM-DD', '' for none, or the text of a refused entry the parent holds on to. */
  value: string
  /**
   * Told 'YYYY-MM-DD' as soon as the text is a real date, '' when it is cleared, and the typed text
   * itself (which the parent's draft check refuses) when it cannot be a date — once the text looks
   * complete or the field is left.
   */
  onChange: (value: string) => void
  readOnly?: boolean
  disabled?: boolean
  autoFocus?: boolean
  'aria-invalid'?: boolean
  'aria-describedby'?: string | undefined
}

function textOf(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDateInput(value) : value
}

/** Eight digits typed in total: the consultant is done typing, so an impossible date is said at once. */
function looksComplete(text: string): boolean {
  return (text.match(/\d/g) ?? []).length >= 8
}

/**
 * The one date field of the app: typed as dd-mm-jjjj (Dutch) or dd-mm-yyyy (English) whatever the
 * browser's or operating system's language, or picked from the browser's calendar behind the button.
 * A native `<input type="date">` alone shows mm/dd/yyyy in an English browser, hence the text field.
 */
export function DateInput({ id, value, onChange, readOnly, disabled, autoFocus, ...aria }: DateInputProps) {
  const { t } = useTranslation()
  const [text, setText] = useState(() => textOf(value))
  const [lastValue, setLastValue] = useState(value)
  const picker = useRef<HTMLInputElement>(null)
  // A new value from outside (another scenario, a reload): show it.
  if (value !== lastValue) {
    setLastValue(value)
    setText(textOf(value))
  }
  const emit = (next: string) => {
    setLastValue(next)
    if (next !== value) onChange(next)
  }
  const read = (raw: string, leaving: boolean) => {
    const parsed = parseDateText(raw)
    if (parsed.kind === 'empty') emit('')
    else if (parsed.kind === 'date') emit(parsed.iso)
    else if (leaving || looksComplete(raw)) emit(raw.trim())
  }
  const formatId = `${id}-format`
  const describedBy = [aria['aria-describedby'], formatId].filter(Boolean).join(' ')
  return (
    <span className="date-input">
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        autoFocus={autoFocus}
        placeholder={t('dates.placeholder')}
        value={text}
        readOnly={readOnly}
        disabled={disabled}
        aria-invalid={aria['aria-invalid']}
        aria-describedby={describedBy}
        onChange={(e) => {
          setText(e.target.value)
          read(e.target.value, false)
        }}
        onBlur={(e) => {
          const parsed = parseDateText(e.target.value)
          // Show what was understood in the one notation: 5-3-2026 → 05-03-2026.
          if (parsed.kind === 'date') setText(formatDateInput(parsed.iso))
          read(e.target.value, true)
        }}
      />
      <span id={formatId} className="visually-hidden">
        {t('dates.format')}
      </span>
      {!readOnly && !disabled && (
        <>
          <button
            type="button"
            className="date-pick"
            aria-label={t('dates.pick')}
            title={t('dates.pick')}
            onClick={() => {
              const input = picker.current
              if (!input) return
              const parsed = parseDateText(text)
              input.value = parsed.kind === 'date' ? parsed.iso : ''
              try {
                input.showPicker()
              } catch {
                input.focus()
              }
            }}
          >
            <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" focusable="false">
              <rect x="1.5" y="3" width="13" height="11.5" rx="1" fill="none" stroke="currentColor" />
              <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" fill="none" />
            </svg>
          </button>
          {/* The browser's calendar; only its chosen value is used, never its display. */}
          <input
            ref={picker}
            type="date"
            className="date-picker-proxy"
            tabIndex={-1}
            aria-hidden="true"
            data-testid={`${id}-picker`}
            onChange={(e) => {
              const iso = e.target.value
              if (!iso) return
              setText(formatDateInput(iso))
              emit(iso)
            }}
          />
        </>
      )}
    </span>
  )
}
