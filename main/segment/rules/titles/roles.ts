/**
 * Rule family: the role of each line of a title group (kicker / headline / decks). Chinese papers
 * print 引题 / 主题 / 副题: a short place or topic line above the main line is the kicker, lines below
 * it are decks. In raw OCR a headline is a stack of printed lines: each run of capitals or of deck
 * lines is one title.
 * Signals: the group's texts, their CJK share, label pattern, leading dash, deck words, lengths.
 * Thresholds: CJK_TEXT_SHARE (read in kicker.ts: a pair is Chinese when either line is); the kicker
 * thresholds in kicker.ts.
 * Issue 14: title.kickerLeadIn (a kicker ending with a dash or colon), title.kickerColumnTag /
 * title.deckUnderColumnTag (the line carrying a bracketed column name is the headline),
 * title.kickerInLine (a kicker printed at the start of the headline's line, kickerInLine.ts),
 * title.kickerInLineParallel (found there by paired phrases, parallelKicker.ts); title.runOnDeck (in
 * a file that runs kickers on, a plain first line over others is the headline, the rest decks: such a
 * file sets a kicker on a line of its own only when it leads in; tongzhou train 0.733 -> 0.743).
 * title.deckListMark, title.kickerIssuer, title.kickerCompetition: two lines settled by a list mark, an
 * issuing body or a competition's name before their lengths are weighed (pairSignals.ts).
 * Codes: title.labelKicker, title.single, title.kickerFirst, title.headlineDeck, title.deckDash,
 * title.fullSet, title.headlineDecks.
 */
import type { Titles } from '../../builder';
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { LABEL } from '../../patterns';
import { joinSeparator } from '../../text';
import type { RuleCode } from '../codes';
import { WHOLE_BRACKETED, chinesePair, kickerFirst, kickerLike } from './kicker';
import { opensCapsDeck } from '../ocr/capsDecks';
import { inRunOnFile, kickerCut } from './kickerInLine';
import { pairRoles } from './pairSignals';
import { COLUMN_TAG } from './titleMarks';

/** The roles of a title group and the rule that gave them. */
export interface TitleRoles extends Titles {
  rule: RuleCode;
}

const DASH_DECK = /^[—–-]{1,2}/u;
/** A deck opens with a dash or a list mark: `——记…`, `■ …`. */
const DECK_OPENER = /^(?:[—–-]{1,2}|[■●◆▲])/u;
/** A Chinese kicker leads into the headline: it ends with a dash or a colon. */
const KICKER_LEAD_IN = /[\p{Script=Han}”」）)](?:——|—|：)$/u;

export function assignRoles(lines: Line[], layout: Layout): TitleRoles {
  const stacked = layout.wrapped && !layout.blankSeparated && !layout.chinese;
  const texts = stacked ? stackRuns(lines, layout) : lines.map((l) => l.body);
  const first = lines[0];
  const cut = first && !stacked ? kickerCut(first) : null;
  if (first && cut !== null) {
    // The kicker printed at the start of the headline's line (a file that does so throughout).
    return {
      kicker: first.body.slice(0, cut.at).trim(),
      headline: first.body.slice(cut.at).trim(),
      subheadlines: texts.slice(1),
      rule: cut.rule,
    };
  }
  if (texts.length > 1 && LABEL.test(texts[0] ?? '')) {
    // A label such as 地点：云南普洱 sits above everything else: it is the kicker, the next line the headline.
    return {
      kicker: texts[0] ?? null,
      headline: texts[1] ?? null,
      subheadlines: texts.slice(2),
      rule: 'title.labelKicker',
    };
  }
  const roles = rolesOf(texts);
  if (first && !stacked && inRunOnFile(first) && RUN_ON_DECKS_FROM.has(roles.rule))
    // A file that runs its kickers on prints no kicker on a line of its own unless it leads in
    // (`…——`, read above): a second line under a plain first line is the headline's deck.
    return {
      kicker: null,
      headline: texts[0] ?? null,
      subheadlines: texts.slice(1),
      rule: 'title.runOnDeck',
    };
  return roles;
}

/** The role choices that read a plain first line as a kicker: undone where kickers run on. */
const RUN_ON_DECKS_FROM: ReadonlySet<RuleCode> = new Set(['title.kickerFirst', 'title.fullSet']);

function rolesOf(texts: string[]): TitleRoles {
  const [a, b, ...rest] = texts;
  if (a === undefined) return { kicker: null, headline: null, subheadlines: [], rule: 'title.single' };
  if (b === undefined) return { kicker: null, headline: a, subheadlines: [], rule: 'title.single' };
  // A line leading into the next (`马善祥代表——`, `…温暖人心：`) is the kicker; a bracketed column
  // name (`（人民论坛）`) marks the headline, on the second line or the first.
  if (!DECK_OPENER.test(b) && KICKER_LEAD_IN.test(a))
    return { kicker: a, headline: b, subheadlines: rest, rule: 'title.kickerLeadIn' };
  if (rest.length === 0 && chinesePair(a, b) && !DECK_OPENER.test(b)) {
    if (COLUMN_TAG.test(b) && !WHOLE_BRACKETED.test(b))
      return { kicker: a, headline: b, subheadlines: [], rule: 'title.kickerColumnTag' };
    if (COLUMN_TAG.test(a))
      return { kicker: null, headline: a, subheadlines: [b], rule: 'title.deckUnderColumnTag' };
  }
  const settled = rest.length === 0 && chinesePair(a, b) ? pairRoles(a, b) : null;
  if (settled)
    return settled.kicker
      ? { kicker: a, headline: b, subheadlines: [], rule: settled.rule }
      : { kicker: null, headline: a, subheadlines: [b], rule: settled.rule };
  if (rest.length === 0) {
    return kickerFirst(a, b)
      ? { kicker: a, headline: b, subheadlines: [], rule: 'title.kickerFirst' }
      : {
          kicker: null,
          headline: a,
          subheadlines: [b],
          rule: DASH_DECK.test(b) ? 'title.deckDash' : 'title.headlineDeck',
        };
  }
  // Chinese papers print the full 引题 / 主题 / 副题 set; English stacks are a headline and decks.
  const full = chinesePair(a, b) || kickerLike(a, b);
  if (DASH_DECK.test(b))
    return { kicker: null, headline: a, subheadlines: [b, ...rest], rule: 'title.deckDash' };
  if (!full) return { kicker: null, headline: a, subheadlines: [b, ...rest], rule: 'title.headlineDecks' };
  return { kicker: a, headline: b, subheadlines: rest, rule: 'title.fullSet' };
}

/** Groups the printed lines of an OCR headline stack: each run of capitals, each deck up to its full stop. */
function stackRuns(lines: Line[], layout: Layout): string[] {
  const runs: string[] = [];
  let parts: string[] = [];
  let run: Line[] = [];
  let caps: boolean | null = null;
  const flush = () => {
    if (parts.length > 0) runs.push(joinParts(parts));
    parts = [];
    run = [];
  };
  for (const l of lines) {
    // A capitals deck under a capitals headline: see rules/ocr/capsDecks.ts.
    if (caps !== null && (l.caps !== caps || (l.caps && opensCapsDeck(run, l, layout)))) flush();
    caps = l.caps;
    parts.push(l.body);
    run.push(l);
    if (!l.caps && l.ends) {
      flush();
      caps = null;
    }
  }
  flush();
  return runs;
}

/** Joins printed lines of one title the way paragraphs are joined. */
function joinParts(parts: string[]): string {
  const out: string[] = [];
  let prev = '';
  for (const p of parts) {
    if (prev) out.push(joinSeparator(prev, p));
    out.push(p);
    prev = p;
  }
  return out.join('');
}
