import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { setupI18n, type UiLanguage } from '../../../renderer/src/i18n/setupI18n';

/** Renders a component with the app's real string tables in `language`. */
export function renderWithI18n(ui: ReactElement, language: UiLanguage = 'en') {
  return render(<I18nextProvider i18n={setupI18n(language)}>{ui}</I18nextProvider>);
}
