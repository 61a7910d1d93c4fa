import { capitalisedShare } from './classify';
import type { Layout } from './layout';
import type { Line } from './lines';
import { cjkShare, endsSentence, startsAsContinuation } from './text';

/** At most this many lines of one English title group (headline and decks) above a lead. */
const MAX_RUN = 4;

/**
 * English headlines are often in sentence case ("Stock market closes higher on tech gains"), which
 * the line classifier cannot tell from a short body line. Context can: a run of short lines without
 * a sentence end, set apart from the text before it, directly above a dateline or a `By` line is that
 * story's title group. Decks of old papers are title-case sentences with a full stop under a
 * capital headline ("Producers Consider Advisability of Refusing to Sign Winter Contracts.").
 * Raw OCR (no blank lines) is left to the headline-stack collector.
 */
export function promoteEnglishTitles(lines: Line[], layout: Layout): void {
  if (layout.chinese || (layout.wrapped && !layout.blankSeparated)) return;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i];
    const prev = lines[i - 1];
    if (l && prev && l.kind === 'body' && prev.kind === 'title' && prev.caps && titleCaseDeck(l))
      l.kind = 'title';
  }
  if (!layout.wrapped) promoteSetApartHeadlines(lines);
  for (let i = lines.length - 1; i > 0; i--) {
    const lead = lines[i];
    if (!lead || (lead.kind !== 'lead' && lead.kind !== 'byline')) continue;
    let s = i;
    while (s > 0 && i - s < MAX_RUN) {
      const c = lines[s - 1];
      if (!c || !(c.kind === 'title' || (c.kind === 'body' && headlineShaped(c)))) break;
      s--;
    }
    if (s === i || !setApart(lines, s, layout)) continue;
    for (let k = s; k < i; k++) {
      const l = lines[k];
      if (l) l.kind = 'title';
    }
  }
}

/** A short line that could be a headline: starts like one, has no sentence end or trailing comma. */
function headlineShaped(l: Line): boolean {
  // Width is only estimated (doubled) past 70 characters: count the characters of a Latin line.
  if (l.body.length > 110 || l.ends || cjkShare(l.body) >= 0.3) return false;
  const first = l.body.charCodeAt(0);
  const startsWell =
    (first >= 0x41 && first <= 0x5a) || (first >= 0x30 && first <= 0x39) || QUOTES.has(first);
  if (!startsWell || startsAsContinuation(l.body)) return false;
  if (/[,;:]$/u.test(l.body)) return false;
  return l.body.split(/\s+/u).length <= 16;
}

const QUOTES = new Set([0x22, 0x27, 0x2018, 0x201c]);

/** A title-case sentence of a few words: every long word capitalised, as old papers set decks. */
function titleCaseDeck(l: Line): boolean {
  if (l.width > 130 || !endsSentence(l.body) || !/^[A-Z"“]/u.test(l.body)) return false;
  const words = l.body.split(/\s+/u);
  if (words.length > 22) return false;
  let long = 0;
  for (const w of words) if (w.replace(/[^A-Za-z]/gu, '').length >= 4) long++;
  return long >= 3 && capitalisedShare(words) >= 0.75;
}

/** The run starting at s is not the tail of a paragraph: a blank line, the file start, or an ended block before it. */
function setApart(lines: Line[], s: number, layout: Layout): boolean {
  const first = lines[s];
  const before = lines[s - 1];
  if (!first || !before || first.gap > 0) return true;
  if (before.kind !== 'body' && before.kind !== 'lead' && before.kind !== 'title') return true;
  return !layout.wrapped && before.ends;
}

/**
 * Where every paragraph is one long line, a short sentence-case line set apart by a blank line after
 * a finished sentence (or a caption), with no final punctuation, above a much longer paragraph (on
 * the next line or after one blank line), is that story's headline (`Library to extend weekend hours`), not the paragraph's first words cut off.
 */
function promoteSetApartHeadlines(lines: Line[]): void {
  for (let i = 1; i + 1 < lines.length; i++) {
    const l = lines[i];
    const prev = lines[i - 1];
    const next = lines[i + 1];
    if (!l || !prev || !next || l.kind !== 'body' || l.gap === 0 || next.gap > 1) continue;
    if (next.kind !== 'body' || next.width < l.width * 2 || !/^[A-Z"“]/u.test(next.body)) continue;
    if (!headlineShaped(l) || /[.!?,;:]$/u.test(l.body) || l.body.split(/\s+/u).length > 10) continue;
    if (prev.kind === 'body' && !prev.ends) continue;
    l.kind = 'title';
  }
}
