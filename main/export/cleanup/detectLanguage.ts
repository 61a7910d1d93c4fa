import { countHan } from '../../../common/text';

/** The languages exports tell apart: they decide the clean-up defaults, HTML `lang` and ninjs `language`. */
export type ArticleLanguage = 'zh' | 'en';

/**
 * Chinese when Han characters are at least as many as Latin letters, else English. Counting
 * letters, not characters, keeps a Chinese article with a few English names Chinese.
 */
export function detectLanguage(texts: Iterable<string | null>): ArticleLanguage {
  let han = 0;
  let latin = 0;
  for (const text of texts) {
    if (!text) continue;
    han += countHan(text);
    latin += text.match(/[A-Za-z]/g)?.length ?? 0;
  }
  // A Han character carries about a word; a Latin letter a fifth of one.
  return han * 5 >= latin && han > 0 ? 'zh' : 'en';
}

/** The BCP 47 tag for HTML `lang`, ninjs `language` and the DOCX proofing language. */
export function languageTag(language: ArticleLanguage): string {
  return language === 'zh' ? 'zh-CN' : 'en';
}
