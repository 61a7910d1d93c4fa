/**
 * Rule credit.aboutAuthor: an author's note under an opinion piece (`Jane Doe is a retired teacher
 * who…`), naming its byline's author, is a credit block, not body text.
 * Signals: the article's author names; the line's start and the verb after the name.
 * Thresholds: AUTHOR_NOTE_MAX_CHARS, AUTHOR_NAME_MIN_CHARS, AUTHOR_NOTE_VERB_WINDOW.
 */
import { AUTHOR_NAME_MIN_CHARS, AUTHOR_NOTE_MAX_CHARS, AUTHOR_NOTE_VERB_WINDOW } from '../../thresholds';

const AUTHOR_NOTE = /^,? (?:is|was|has|teaches|writes|lives|serves)\b/u;

export function aboutTheAuthor(authors: readonly string[] | undefined, body: string): boolean {
  if (!authors || authors.length === 0 || body.length > AUTHOR_NOTE_MAX_CHARS) return false;
  for (const name of authors) {
    if (name.length < AUTHOR_NAME_MIN_CHARS || !body.startsWith(name)) continue;
    if (AUTHOR_NOTE.test(body.slice(name.length, name.length + AUTHOR_NOTE_VERB_WINDOW))) return true;
  }
  return false;
}
