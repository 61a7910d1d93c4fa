import { describe, expect, it } from 'vitest';
import en from '../../../../renderer/src/i18n/en';
import zh from '../../../../renderer/src/i18n/zh';
import { resolveLanguage } from '../../../../renderer/src/i18n/resolveLanguage';
import { setupI18n } from '../../../../renderer/src/i18n/setupI18n';
import { KEYMAP } from '../../../../renderer/src/keys/keymap';

const leaves = (value: unknown, prefix = ''): string[] =>
  value && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key))
    : [prefix];

describe('resolveLanguage', () => {
  it.each([
    ['auto', 'zh-CN', 'zh'],
    ['auto', 'zh-TW', 'zh'],
    ['auto', 'en-US', 'en'],
    ['auto', 'de-DE', 'en'],
    ['en', 'zh-CN', 'en'],
    ['zh', 'en-US', 'zh'],
    [undefined, undefined, 'en'],
  ] as const)('%s with locale %s → %s', (setting, locale, expected) => {
    expect(resolveLanguage(setting, locale)).toBe(expected);
  });
});

describe('string tables', () => {
  it('have the same keys in Chinese and English, none empty', () => {
    expect(leaves(zh).sort()).toEqual(leaves(en).sort());
    for (const key of leaves(zh)) expect(key).not.toBe('');
  });
  it('use the desk’s own words for the block kinds', () => {
    expect(Object.values(zh.kinds)).toEqual(['标题', '引题', '副题', '正文', '小标题', '图片说明', '署名']);
    expect(Object.values(en.kinds)).toEqual([
      'headline',
      'kicker',
      'deck',
      'body',
      'crosshead',
      'caption',
      'credit',
    ]);
  });
  it('label every keymap action in both languages, the editor namespace registered', () => {
    for (const language of ['zh', 'en'] as const) {
      const i18n = setupI18n(language);
      for (const binding of KEYMAP) {
        const text = i18n.t(binding.label, binding.labelValues);
        expect(text, `${language} ${binding.id}`).not.toBe(binding.label);
      }
      expect(i18n.hasResourceBundle(language, 'editor')).toBe(true);
    }
  });
  it('counts articles with the right plural in English and a measure word in Chinese', () => {
    expect(setupI18n('en').t('library.articles', { count: 1 })).toBe('1 article');
    expect(setupI18n('en').t('library.articles', { count: 7 })).toBe('7 articles');
    expect(setupI18n('zh').t('library.articles', { count: 7 })).toBe('7 篇');
  });
});
