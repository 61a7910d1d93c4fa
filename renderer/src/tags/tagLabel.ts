import type { TagTerm, TagVocabulary } from '../../../preload/api';
import type { UiLanguage } from '../i18n/setupI18n';

/** The label of a tag in the interface language; a tag outside the vocabulary shows as stored. */
export function tagLabel(tag: string, terms: ReadonlyMap<string, TagTerm>, language: UiLanguage): string {
  const term = terms.get(tag);
  if (!term) return tag;
  return (language === 'zh' ? term.zh : term.en) || term.zh || term.en || tag;
}

/** Terms by id, for label lookups in long lists. */
export function termsById(vocabulary: TagVocabulary): Map<string, TagTerm> {
  return new Map(vocabulary.terms.map((term) => [term.id, term]));
}
