import type { Settings } from '../../../preload/api';
import type { UiLanguage } from './setupI18n';

/** Chinese where the chosen language or, for `auto`, the system locale is zh*; English elsewhere. */
export function resolveLanguage(
  setting: Settings['language'] | undefined,
  locale: string | undefined,
): UiLanguage {
  if (setting === 'zh' || setting === 'en') return setting;
  return (locale ?? '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
