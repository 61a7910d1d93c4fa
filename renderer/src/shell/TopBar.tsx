import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../preload/api';
import { dispatchCommand } from '../commands/commandBus';

export interface TopBarProps {
  language: Settings['language'];
  onLanguage(language: Settings['language']): void;
}

/** Quiet chrome: the app name, the palette and shortcut buttons, and the language switch. */
export function TopBar({ language, onLanguage }: TopBarProps) {
  const { t } = useTranslation();
  return (
    <header className="top-bar">
      <span className="app-name">{t('app.name')}</span>
      <span className="top-bar-actions">
        <button type="button" className="link-button" onClick={() => dispatchCommand('tag.vocabulary')}>
          {t('tags.vocabulary')}
        </button>
        <button type="button" className="link-button" onClick={() => dispatchCommand('palette.open')}>
          {t('keys.palette')}
        </button>
        <button type="button" className="link-button" onClick={() => dispatchCommand('help.shortcuts')}>
          {t('keys.shortcuts')} (?)
        </button>
        <label className="language-switch">
          <span>{t('app.language')}</span>
          <select
            value={language}
            data-testid="language-switch"
            onChange={(event) => onLanguage(event.target.value as Settings['language'])}
          >
            <option value="auto">{t('app.languageAuto')}</option>
            <option value="zh">{t('app.languageZh')}</option>
            <option value="en">{t('app.languageEn')}</option>
          </select>
        </label>
      </span>
    </header>
  );
}
