import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { createRootStore } from './stores/root-store'
import { StoreProvider } from './stores/store-context'
import { initI18n } from './i18n'
import './styles.css'

const rootStore = createRootStore()
initI18n(rootStore.ui.language)

const container = document.getElementById('root')
if (!container) throw new Error('Maatwerk: #root element missing from index.html')
createRoot(container).render(
  <StrictMode>
    <StoreProvider value={rootStore}>
      <App />
    </StoreProvider>
  </StrictMode>,
)
