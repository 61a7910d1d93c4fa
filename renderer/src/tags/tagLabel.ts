import type { TagTerm, TagVocabulary } from '../../../preload/api';
import type { UiLanguage } from '../i18n/setupI18n';

/**
 * The value an article stores for a term: its Chinese label (main's convention, so lists, exports
 * and the CLI read without a lookup), or the English one for a term that has no Chinese label.
 */
export function tagValue(term: TagTerm): string {
  return term.zh || term.en || term.id;
}

/** The label of a stored tag in the interface language; a tag outside the vocabulary shows as stored. */
export function tagLabel(tag: string, terms: ReadonlyMap<string, TagTerm>, language: UiLanguage): string {
  const term = terms.get(tag);
  if (!term) return tag;
  return (language === 'zh' ? term.zh : term.en) || tagValue(term);
}

/** Terms by stored tag value (and by id, for tags saved by id), for label lookups in long lists. */
export function termsByTag(vocabulary: TagVocabulary): Map<string, TagTerm> {
  const map = new Map<string, TagTerm>();
  for (const term of vocabulary.terms) {
    map.set(term.id, term);
    map.set(tagValue(term), term);
  }
  return map;
}
