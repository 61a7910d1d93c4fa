import type { TagTerm } from '../../../preload/api';

/**
 * Autocomplete: terms whose id, Chinese or English label contains the typed text (case-folded),
 * those that start with it first. At most `limit`.
 */
export function matchTerms(terms: readonly TagTerm[], typed: string, limit = 8): TagTerm[] {
  const query = typed.trim().toLowerCase();
  if (!query) return terms.slice(0, limit);
  const scored: { term: TagTerm; score: number }[] = [];
  for (const term of terms) {
    const fields = [term.zh, term.en, term.id].map((field) => field.toLowerCase());
    if (fields.some((field) => field.startsWith(query))) scored.push({ term, score: 0 });
    else if (fields.some((field) => field.includes(query))) scored.push({ term, score: 1 });
  }
  return scored
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map((entry) => entry.term);
}
