import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { setupI18n } from './i18n/setupI18n';
import './styles/base.css';
import './styles/layout.css';
import './styles/library.css';
import './styles/articleList.css';
import './styles/articlePane.css';
import './styles/dialogs.css';

const i18n = setupI18n();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );
}
