import { Component, type ErrorInfo, type ReactNode } from 'react'
import { Translation } from 'react-i18next'

type Props = { children: ReactNode }
type State = { error: Error | null }

/**
 * Catches render errors and shows a recovery screen instead of a blank window. Data is never touched
 * here: the database is the source of truth and a retry re-renders from it.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // No personal data goes to the console: only the error name and the component stack.
    console.error('Maatwerk render error:', error.name, info.componentStack)
  }

  private readonly retry = () => this.setState({ error: null })

  private readonly goHome = () => {
    window.location.hash = '#/cases'
    this.setState({ error: null })
  }

  override render() {
    const { error } = this.state
    if (!error) return this.props.children
    return (
      <Translation>
        {(t) => (
          <div role="alert" className="recovery-screen">
            <h1>{t('error.title')}</h1>
            <p>{t('error.body')}</p>
            <div className="button-row">
              <button type="button" onClick={this.retry}>
                {t('error.retry')}
              </button>
              <button type="button" onClick={this.goHome}>
                {t('error.home')}
              </button>
            </div>
            <details>
              <summary>{t('error.details')}</summary>
              <pre>
                {error.name}: {error.message}
              </pre>
            </details>
          </div>
        )}
      </Translation>
    )
  }
}
