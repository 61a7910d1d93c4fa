import type { TagVocabulary } from '../../../preload/api';
import { tagValue } from './tagLabel';

/**
 * The tags on keys 1–9: the order the editor chose in settings, else the vocabulary's pinned terms
 * in vocabulary order. At most nine.
 */
export function pinnedTags(settingsPinned: readonly string[], vocabulary: TagVocabulary): string[] {
  if (settingsPinned.length > 0) return settingsPinned.slice(0, 9);
  return vocabulary.terms
    .filter((term) => term.pinned)
    .map(tagValue)
    .slice(0, 9);
}
