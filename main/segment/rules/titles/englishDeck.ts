/**
 * Rule title.englishDeck: decks of old papers are title-case sentences with a full stop under a
 * capital headline ("Producers Consider Advisability of Refusing to Sign Winter Contracts.").
 * Signals: the line above is a capitals title; this line's width, sentence end, words, capitals.
 * Thresholds: TITLE_MAX_WIDTH, EN_DECK_MAX_WORDS, EN_DECK_MIN_LONG_WORDS, EN_DECK_MIN_CAPITALISED,
 * LONG_WORD_LETTERS.
 */
import type { Line } from '../../lines';
import { endsSentence } from '../../text';
import {
  EN_DECK_MAX_WORDS,
  EN_DECK_MIN_CAPITALISED,
  EN_DECK_MIN_LONG_WORDS,
  LONG_WORD_LETTERS,
  TITLE_MAX_WIDTH,
} from '../../thresholds';
import { capitalisedShare } from '../classify/titleShape';
import { promote } from './englishShape';

export function promoteEnglishDecks(lines: Line[]): void {
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i];
    const prev = lines[i - 1];
    if (l && prev && l.kind === 'body' && prev.kind === 'title' && prev.caps && titleCaseDeck(l))
      promote(l, 'title.englishDeck');
  }
}

/** A title-case sentence of a few words: every long word capitalised, as old papers set decks. */
function titleCaseDeck(l: Line): boolean {
  if (l.width > TITLE_MAX_WIDTH || !endsSentence(l.body) || !/^[A-Z"“]/u.test(l.body)) return false;
  const words = l.body.split(/\s+/u);
  if (words.length > EN_DECK_MAX_WORDS) return false;
  let long = 0;
  for (const w of words) if (w.replace(/[^A-Za-z]/gu, '').length >= LONG_WORD_LETTERS) long++;
  return long >= EN_DECK_MIN_LONG_WORDS && capitalisedShare(words) >= EN_DECK_MIN_CAPITALISED;
}
