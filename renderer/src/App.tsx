import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from './hooks/useSettings';
import { useLibrary } from './hooks/useLibrary';
import { resolveLanguage } from './i18n/resolveLanguage';
import { Desk } from './shell/Desk';

/**
 * The root: loads app info, settings and the library list, picks the interface language, and
 * marks itself `data-app-state="ready"` once all three have answered (tests wait on that).
 */
export function App() {
  const { t, i18n } = useTranslation();
  const settingsState = useSettings();
  const library = useLibrary();
  const ready = settingsState.loaded && library.loaded;
  const language = resolveLanguage(settingsState.settings.language, settingsState.appInfo?.locale);

  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  }, [i18n, language]);

  return (
    <div className="app" data-app-state={ready ? 'ready' : 'loading'} data-language={language}>
      {ready ? (
        <Desk settingsState={settingsState} library={library} language={language} />
      ) : (
        <p className="app-loading" role="status">
          {t('app.loading')}
        </p>
      )}
    </div>
  );
}
