/**
 * Rule title.summaryDeck: a news story's summary deck, on a line of its own under the headline and
 * right over the dateline lead (`习近平会见…` / `习近平强调，中方…` / `本报北京2月1日电…`). Papers set
 * the gist of a meeting or a policy under its headline as a deck (`听取…；部署…；决定…`, `习近平：…。
 * 塔米姆：…。`); where a file sets its title stacks apart (a wider gap between articles, indented
 * paragraphs under flush titles) the deck stands in the stack (title.stackLongLine), but where
 * nothing marks where the stack ends (one paragraph a line, or every line apart by the same blank
 * line) it reads as a paragraph. Such a line is the stack's deck when the stack has none, it is the
 * only line between the titles and the lead (or a label opening the text: `核心阅读`, `开栏的话`),
 * and it reads as a digest, not a sentence of the story:
 * it ends without a full stop (the story's own first paragraph ends its sentence) and, unless it
 * digests what was said (`习近平强调，…。…`), ends no sentence inside either (two sentences are a
 * paragraph that lost its last stop), or it quotes
 * speakers one after another (`习近平：…。塔米姆：…。`). A list item (`■…`) opens the text. A digest opening on what a meeting did
 * (`讨论… 审议…`, `听取…；部署…`) without a sentence end is the deck whatever follows. A line opening with a dash
 * (`——…纪实`) under a deckless headline is its deck whatever follows (dashDeck below).
 * The line taken in and the line above are then read as any two title lines are (roles.ts, applied in
 * pass.ts): where that reading finds a kicker, the line taken in is the headline and the line above its
 * kicker: a line closing with a column's name (`…（大数据观察）`, title.kickerColumnTag), or a line of
 * a headline's length (at most SUMMARY_HEADLINE_MAX characters) that the pair reading takes for the
 * headline under a scene-setting line (`冰雪资源变成增收资源` / `北国的冬天，真火`, title.kickerFirst);
 * a digest runs longer, and stays the deck. Train titles 9023 -> 9024, dev 6423 -> 6424.
 * Signals: the layout (no article gap, no indent), the kinds of the line and the line after, the
 * line's indent, gap, width, first and last characters.
 * Thresholds: SUMMARY_DECK_MAX_WIDTH, DASH_DECK_MIN_CHARS, SUMMARY_HEADLINE_MAX.
 */
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { visibleLength } from '../../text';
import { DASH_DECK_MIN_CHARS, SUMMARY_DECK_MAX_WIDTH, SUMMARY_HEADLINE_MAX } from '../../thresholds';
import type { RuleCode } from '../codes';
import { DECK_VERB_START } from './kicker';
import { labelOverText } from './stackEnd';
import { stacksUnmarked } from './stacksUnmarked';
import { LIST_ITEM_START } from './titleMarks';

/** A sentence end (possibly inside closing quotes or brackets): the story's own text. */
const SENTENCE_END = /[。．！？!?][”’」』）)]*$/u;
/**
 * A sentence ended inside the line, more text after it (`…增长130%。基础电信企业…`): two sentences
 * are the story's own opening paragraph that lost its last stop, not a deck, unless they digest what
 * was said (SPEECH_OPENING: the only decks of the train split that hold a sentence end inside).
 */
const INNER_SENTENCE_END = /[。．！？!?][”’」』）)]*(?=.)/u;
/** A digest of what was said: who said it (`习近平强调，…`), or the verb alone (`指出…`, `强调…`). */
const SPEECH_OPENING = /^(?:\p{Script=Han}{2,6}(?:强调|指出|表示)[，,：:]|强调|指出|表示)/u;
/** A digest of what the speakers said opens on a speaker's name and a colon (`习近平：`, `塔米姆：`). */
const SPEAKER_DIGEST = /^\p{Script=Han}{2,6}[：:]/u;

/**
 * True when the line at `k`, right under a title stack that has no deck, is the stack's summary
 * deck: the file does not set stacks apart and the line stands alone over the dateline lead.
 */
export function summaryDeckAt(lines: Line[], k: number, layout: Layout): boolean {
  if (!stacksUnmarked(layout)) return false;
  const line = lines[k];
  const lead = lines[k + 1];
  if (!line || line.indent || !lead) return false;
  if (dashDeck(line, lead)) return true;
  if (line.kind !== 'body' || line.opens) return false;
  // A digest opening on what the meeting did (`讨论… 审议…`, `听取…；部署…`) carries on the
  // headline's subject: a deck over whatever finished paragraph follows, when it ends no sentence
  // (two unfinished lines above the text are text).
  if (
    DECK_VERB_START.test(line.body) &&
    !SENTENCE_END.test(line.body) &&
    (lead.ends || lead.kind === 'lead') &&
    setAsStack(line, lead)
  )
    return true;
  // The text opens with the dateline lead, or with a label over it (`核心阅读`, `开栏的话`).
  if (lead.kind !== 'lead' && !labelOverText(lead.body)) return false;
  if (!setAsStack(line, lead) || LIST_ITEM_START.test(line.body)) return false;
  if (SPEAKER_DIGEST.test(line.body)) return true;
  if (SENTENCE_END.test(line.body)) return false;
  return !INNER_SENTENCE_END.test(line.body) || SPEECH_OPENING.test(line.body);
}

/** A deck opening with a dash (`——党的十八大以来…纪实`, `——访…`): what the piece is, under its headline. */
const DASH_DECK = /^(?:——|—)(?=\p{Script=Han}|[“《（(])/u;

/**
 * The line under a deckless headline opens with a dash and says what the piece is (`——…纪实`,
 * `——访…`, `——评…`): its deck (title.summaryDeck), whatever follows, though a rule over body text
 * took it for a signature (`——编者`): a signature closes text, and nothing stands between it and
 * the headline. At least DASH_DECK_MIN_CHARS characters, no sentence end, not the first of a list
 * of dashed items (a second dashed line under it).
 */
function dashDeck(line: Line, next: Line): boolean {
  if (line.kind !== 'body' && line.kind !== 'credit') return false;
  if (!DASH_DECK.test(line.body) || DASH_DECK.test(next.body) || SENTENCE_END.test(line.body)) return false;
  if (!setAsStack(line, next)) return false;
  return visibleLength(line.body.replace(/^[—]+/u, '')) >= DASH_DECK_MIN_CHARS;
}

/**
 * `line` is set as a title stack is set over `next`: no wider gap above it than below it, and no wider
 * than SUMMARY_DECK_MAX_WIDTH (a deck, not a paragraph).
 */
function setAsStack(line: Line, next: Line): boolean {
  return line.gap <= next.gap && line.width <= SUMMARY_DECK_MAX_WIDTH;
}

/**
 * The line taken in under a one-line title group is the headline, the line above its kicker, when
 * the two title lines read so (`rule`, roles.ts): a column's name closes it (title.kickerColumnTag), or
 * it runs no longer than a headline (SUMMARY_HEADLINE_MAX) and the pair reading takes the line above
 * for its kicker (title.kickerFirst).
 */
export function takenInAsHeadline(rule: RuleCode, body: string): boolean {
  if (rule === 'title.kickerColumnTag') return true;
  return rule === 'title.kickerFirst' && visibleLength(body) <= SUMMARY_HEADLINE_MAX;
}
