import type { Titles } from './builder';
import type { Layout } from './layout';
import type { Line } from './lines';
import { LABEL } from './patterns';
import { cjkShare, isSpace, joinSeparator } from './text';

const DECK_WORDS = /讲话|出席|参加|主持|会见|致辞|看望|慰问|陪同|调研$/u;

/**
 * Gives each line of a title group its role. Chinese papers print 引题 / 主题 / 副题: a short
 * place or topic line above the main line is the kicker, lines below it are decks. In raw OCR a
 * headline is a stack of printed lines: each run of capitals or of deck lines is one title.
 */
export function assignRoles(lines: Line[], layout: Layout): Titles {
  const stacked = layout.wrapped && !layout.blankSeparated && !layout.chinese;
  const texts = stacked ? stackRuns(lines) : lines.map((l) => l.body);
  if (texts.length > 1 && LABEL.test(texts[0] ?? '')) {
    // A label such as 地点：云南普洱 sits above everything else: it is the kicker, the next line the headline.
    return { kicker: texts[0] ?? null, headline: texts[1] ?? null, subheadlines: texts.slice(2) };
  }
  return rolesOf(texts);
}

function rolesOf(texts: string[]): Titles {
  const [a, b, ...rest] = texts;
  if (a === undefined) return { kicker: null, headline: null, subheadlines: [] };
  if (b === undefined) return { kicker: null, headline: a, subheadlines: [] };
  if (rest.length === 0) {
    return kickerFirst(a, b)
      ? { kicker: a, headline: b, subheadlines: [] }
      : { kicker: null, headline: a, subheadlines: [b] };
  }
  // Chinese papers print the full 引题 / 主题 / 副题 set; English stacks are a headline and decks.
  const full = cjkShare(a) >= 0.3 || kickerLike(a, b);
  if (/^[—–-]{1,2}/u.test(b) || !full) return { kicker: null, headline: a, subheadlines: [b, ...rest] };
  return { kicker: a, headline: b, subheadlines: rest };
}

/** Two lines: is the first a kicker above the headline, rather than a headline above its deck? */
function kickerFirst(a: string, b: string): boolean {
  if (/^[—–-]{1,2}/u.test(b) || DECK_WORDS.test(b)) return false;
  if (cjkShare(a) >= 0.3) return chineseKickerFirst(a, b);
  return kickerLike(a, b);
}

/**
 * 引题 / 主题 or 主题 / 副题. A deck explains: it opens with a date or a number summary, or runs
 * clearly longer than the line above. A kicker sets the scene in a few words, often as two parallel
 * phrases (`优化营商环境 聚力招商引资`); when the two lines are short and about the same length,
 * the first is the kicker, since a deck that does not start with a dash is the longer line.
 */
function chineseKickerFirst(a: string, b: string): boolean {
  if (/^[0-9０-９]/u.test(b)) return false;
  const pairA = PARALLEL.test(a);
  const pairB = PARALLEL.test(b);
  const la = visibleLength(a);
  const lb = visibleLength(b);
  // A short topic phrase (`聚焦秋收`) over a parallel pair is the kicker of that pair.
  if (pairB && !pairA) return la <= 6 && lb > la + 2;
  if (pairA !== pairB) return pairA;
  if (la <= 6) return true;
  if (la <= 10 && lb > la) return true;
  return la <= 13 && lb <= la + 2 && lb >= la - 1;
}

/** Two phrases of three or more characters separated by a space: a slogan-like pair. */
const PARALLEL = /^[^\s\u3000]{3,}[\s\u3000]+[^\s\u3000]{3,}$/u;

/** A kicker is short: a place, a topic, a slogan (Chinese up to 10 characters, English up to 4 words). */
function kickerLike(a: string, b: string): boolean {
  if (cjkShare(a) >= 0.3) {
    const la = visibleLength(a);
    const lb = visibleLength(b);
    return la <= 6 || (la <= 10 && lb > la);
  }
  // English kickers are rare section labels ("Science"); a capital line over a mixed-case one is a
  // headline over its deck, and a longer first line is a headline in sentence case.
  const wa = a.split(/\s+/u).length;
  if (isAllCaps(a) && !isAllCaps(b)) return false;
  return wa <= 2 && b.split(/\s+/u).length > wa;
}

/** Groups the printed lines of an OCR headline stack: each run of capitals, each deck up to its full stop. */
function stackRuns(lines: Line[]): string[] {
  const runs: string[] = [];
  let parts: string[] = [];
  let caps: boolean | null = null;
  const flush = () => {
    if (parts.length > 0) runs.push(joinParts(parts));
    parts = [];
  };
  for (const l of lines) {
    if (caps !== null && l.caps !== caps) flush();
    caps = l.caps;
    parts.push(l.body);
    if (!l.caps && l.ends) {
      flush();
      caps = null;
    }
  }
  flush();
  return runs;
}

/** Joins printed lines of one title the way paragraphs are joined. */
export function joinParts(parts: string[]): string {
  const out: string[] = [];
  let prev = '';
  for (const p of parts) {
    if (prev) out.push(joinSeparator(prev, p));
    out.push(p);
    prev = p;
  }
  return out.join('');
}

/** Characters other than whitespace (UTF-16 units: titles are BMP text). */
function visibleLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) n++;
  return n;
}

function isAllCaps(text: string): boolean {
  return /[A-Z]{2}/u.test(text) && !/[a-z]/u.test(text);
}
