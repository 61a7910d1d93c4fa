import type { TagVocabulary } from '../../preload/api';

/**
 * The tag as articles carry it (the term's Chinese label) for what the user typed: the term's id
 * (`medtop:04000000`), its Chinese name (`经济`) or its English name (`economy, business and finance`,
 * any case). A tag that is no term of the vocabulary (a free tag) is taken as typed.
 */
export function resolveTag(typed: string, vocabulary: TagVocabulary): string {
  const wanted = typed.trim();
  const lower = wanted.toLowerCase();
  const term = vocabulary.terms.find(
    (candidate) => candidate.id === wanted || candidate.zh === wanted || candidate.en.toLowerCase() === lower,
  );
  return term ? term.zh : wanted;
}
