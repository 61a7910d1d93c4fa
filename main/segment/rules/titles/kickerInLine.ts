/**
 * Rule title.kickerInLine: some dumps print the kicker and the headline on one line with nothing
 * between (`从一张白纸到一座新城——新区建设跑出加速度`). Where a file does so, the first title line
 * of a group is cut after its kicker. Only a kicker that leads in can be found inside a line: one
 * ending with a dash (`…——`) or reporting who spoke (`X在…会议上强调`).
 * Whether the file has the habit is read off its own title lines: at least KICKER_IN_LINE_MIN_LINES
 * carry such a lead-in inside the line, and they are not far outnumbered by lines ending with one
 * (a paper that sets kickers apart ends many kicker lines with a dash and runs on few: on the
 * corpus's train and dev days never more than two a file, against 7 to 21 ending with one; where
 * kickers run on, the lines ending with a dash are crossheads inside features). A dash inside
 * brackets or quotes (`（…——…）`), at the line's start (a deck) or after a quoted phrase alone
 * (`“22个”——…`, a point in the body) is no lead-in, nor one joining two names (`北京——天津`,
 * JOINED_NAMES).
 * In such a file a kicker that reports who spoke without saying where (`X强调`, `X主持召开…会议强调`)
 * is cut after the verb too, and one that does not lead in is found by the paired phrases around the
 * cut (title.kickerInLineParallel, parallelKicker.ts); the habit itself is read off the surer lead-ins.
 * There a sports event's name with its stage (`…公开赛`, `…世界杯…站`, `…联赛决赛首回合`, any `…赛`
 * but `比赛`, not going on into `赛制`, `赛程`) opening the
 * line is the kicker too: papers set the event over the result (never when a prize or an event of
 * the meet follows the name: `…锦标赛冠军` is inside one title). So is a body issuing a document named
 * by a generic noun (`国办印发意见`, `水利部发文`): what the document says is the headline.
 * Signals: title lines' text; dash, brackets and quotes; the `在…时强调` shape.
 * A file with only KICKER_IN_LINE_FEW_LINES such lines has the habit when hardly any title line ends
 * with a lead-in (KICKER_IN_LINE_FEW_PER_END); one with a single such line has it when none of its
 * title lines, at least KICKER_IN_LINE_ALONE_MIN_TITLES of them, ends with one; one with a few has
 * it when its lines ending with a lead-in come in series, a feature's crossheads (seriesOnly).
 * Thresholds: KICKER_IN_LINE_MIN_LINES, KICKER_IN_LINE_PER_END, KICKER_IN_LINE_MIN_CHARS,
 * KICKER_IN_LINE_FEW_LINES, KICKER_IN_LINE_FEW_PER_END, KICKER_IN_LINE_ALONE_MIN_TITLES,
 * KICKER_IN_LINE_SERIES_SPAN, KICKER_MODEL_LEAD_LINES (where the scorer reads the story's lead).
 */
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import {
  KICKER_IN_LINE_SERIES_SPAN,
  KICKER_IN_LINE_ALONE_MIN_TITLES,
  KICKER_IN_LINE_FEW_LINES,
  KICKER_IN_LINE_FEW_PER_END,
  KICKER_IN_LINE_MIN_CHARS,
  KICKER_IN_LINE_MIN_LINES,
  KICKER_IN_LINE_PER_END,
  KICKER_MODEL_LEAD_LINES,
} from '../../thresholds';
import type { RuleCode } from '../codes';
import { parallelCut } from './parallelKicker';
import { type PairStats, pairStatsOf, scoredKickerCut, wordBreaks } from './kickerModel';
import { MARK } from './titleMarks';

/** `X在…会议上强调`: who spoke and where, leading into what was said. */
const SPOKE = /^[^，。：“”\s]{2,}?在[^，。：]{2,}?(?:上|时|中|期间|之际|会议)(?:强调|指出|表示|希望)/u;
/**
 * Who said it, without the place (`X强调`, `X主持召开…会议强调`, `X考察…时指出`): in a file that runs
 * kickers on, the kicker ends at the verb; not counted for the habit itself (SPOKE is surer).
 */
const SAID = /^[^，。：:“”\s]{2,40}?(?:强调|指出|表示|希望)/u;
/**
 * A sports event and its stage (`…公开赛`, `…世界杯…站`, `…联赛决赛首回合`, `…资格赛落幕`): papers set the
 * event as the kicker over the result; in a file that runs kickers on, the kicker ends there.
 */
const EVENT =
  // Any `…赛` names an event (`…田径赛`, `…巅峰赛`), never `比赛`, the word for any match, nor a `赛`
  // going on into a word of its own (`赛制`, `赛程`, `赛季`, `赛事`).
  /^[^，。：:“”\s]{2,24}?(?:锦标赛|世锦赛|大奖赛|巡回赛|公开赛|联赛|世界杯|大满贯赛|\p{Script=Han}(?<!比)赛)(?![制程季事区道场况])(?:决赛|半决赛|资格赛)?(?:战罢)?(?:首局|首回合|第[一二三四五六七八九十]回合|[^，。\s]{2,5}站)?(?:落幕|战罢|闭幕|开幕)?/u;
/**
 * A body reporting that it issued a document, named by a generic noun (`国办印发意见`, `民航局发布新规`,
 * `十部门印发实施方案`) or by `发文`: in a file that runs kickers on, the kicker ends there and what
 * the document says is the headline (as pairSignals.ts reads two such lines). A document named in
 * book marks (`…印发《…》`) is left to the scorer: papers print it as the headline alone as often.
 */
const ISSUED =
  /^[^，。：:“”《\s]{2,12}?(?:(?:印发|出台|发布|下发)(?:意见|通知|新规|规定|办法|实施方案|决定|文件)|发文)/u;
/** A prize or an event of the meet after its name (`…锦标赛冠军`, `…锦标赛双人滑`): the event is inside a title. */
const PRIZE_START = /^(?:冠军|亚军|季军|金牌|奖杯|双人|单人|男子|女子|单打|双打|团体)/u;
/** What follows a kicker's verb opens a headline, never a clause mark, a particle or a closing mark. */
const NO_HEADLINE_START = /^[，。：:、”）)—了的]/u;
/** A title line ending with a lead-in (`/——$/u` read as endsWith): the file sets its kickers on lines of their own. */
const LEAD_IN_DASH = '——';
/** A quoted phrase or figure before the dash (`“22个”——…`) introduces a point in the body, not a headline. */
const QUOTE_ONLY = /^[“‘「『][^”’」』]*[”’」』]——$/u;
const EM_DASH = 0x2014;
/**
 * A dash right after a two-character name opening the line or following `向`, `同`, `与` joins two
 * names (`北京——天津…`, `…向中国——东盟…致贺信`): one party to a relation, not a kicker. On the
 * train split it stood so in no kicker ending with a dash.
 */
const JOINED_NAMES = /(?:^|[向同与])\p{Script=Han}{2}——$/u;

/** Where a kicker printed at the start of a line ends (UTF-16 offset into its body), and the rule that found it. */
export interface KickerCut {
  at: number;
  rule: RuleCode;
  /** What the scorer saw (title.kickerInLineScored), for --explain. */
  evidence?: string;
}

const cuts = new WeakMap<Line, KickerCut | null>();
/**
 * Every line of a file that runs its kickers on: a line taken for text here and made a title later
 * (a headline read like text after a finished story, textHeadline.ts, storyStartLine.ts) is cut
 * when its title is set (kickerCut), by the same rules.
 */
const runOnLines = new WeakMap<Line, RunOnFile>();

/** The lines of a file that runs kickers on, and their pair counts once the scorer needs them. */
interface RunOnFile {
  lines: Line[];
  stats: PairStats | null;
}
/** The title lines of a file that runs its kickers on (read by roles.ts: a second line is a deck there). */
const runOnTitles = new WeakSet<Line>();

/** Where the kicker printed at the start of `line` ends, or null when the file keeps them apart. */
export function kickerCut(line: Line): KickerCut | null {
  const known = cuts.get(line);
  if (known !== undefined) return known;
  const file = runOnLines.get(line);
  if (!file) return null;
  const at = leadInEnd(line.body);
  const cut =
    at !== null
      ? { at, rule: 'title.kickerInLine' as const }
      : laterCut(line.body, file, leadOf(file.lines, file.lines.indexOf(line)));
  cuts.set(line, cut);
  return cut;
}

/** True when `line` is a title line of a file that prints its kickers on the headline's line. */
export function inRunOnFile(line: Line): boolean {
  return runOnTitles.has(line);
}

export function markKickersInLine(lines: Line[], layout: Layout): void {
  if (!layout.chinese) return;
  const found: Array<[Line, number]> = [];
  /** Where the other title lines stand (indexes into `lines`). */
  const others: number[] = [];
  /** Where the title lines ending with a lead-in stand (indexes into `lines`, ascending). */
  const endsAt: number[] = [];
  // An indexed loop, not for…of: V8 made an iterator result per line of this once-per-file loop.
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind !== 'title') continue;
    // SPOKE is matched once per line: the habit count and leadInEnd both read it.
    const endsDash = l.body.endsWith(LEAD_IN_DASH);
    const spoke = endsDash ? null : (SPOKE.exec(l.body)?.[0].length ?? null);
    if (endsDash || spoke === l.body.length) endsAt.push(i);
    else {
      const at = leadInEnd(l.body, spoke);
      if (at !== null) found.push([l, at]);
      else others.push(i);
    }
  }
  if (
    // Every title line went to one of the three lists: together they are the file's title lines.
    !runsKickersOn(found.length, endsAt.length, found.length + endsAt.length + others.length) &&
    !seriesOnly(lines, found.length, endsAt)
  )
    return;
  for (const [l, at] of found) cuts.set(l, { at, rule: 'title.kickerInLine' });
  const file: RunOnFile = { lines, stats: null };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    runOnLines.set(l, file);
    if (l.kind === 'title') runOnTitles.add(l);
  }
  for (const i of others) cuts.set(lines[i]!, laterCut(lines[i]!.body, file, leadOf(lines, i)));
  for (const at of endsAt) cuts.set(lines[at]!, null);
}

/** Where a visible cue (a lead-in, who spoke, a sports event, paired phrases) ends a run-on kicker, or null. */
export function cueCut(text: string): number | null {
  return leadInEnd(text) ?? cueLaterCut(text)?.at ?? null;
}

/**
 * In a file that runs kickers on, a kicker without a lead-in: who spoke, a sports event, paired
 * phrases; failing those, the kicker scorer (kickerModel.ts) when it is sure enough.
 */
function laterCut(text: string, file: RunOnFile, lead: string): KickerCut | null {
  const cue = cueLaterCut(text);
  if (cue) return cue;
  file.stats ??= pairStatsOf(file.lines);
  const scored = scoredKickerCut(text, file.stats, lead);
  return scored && { at: scored.at, rule: 'title.kickerInLineScored', evidence: scored.evidence };
}

/**
 * The story's lead under the title line at `at`: the first text line within KICKER_MODEL_LEAD_LINES
 * lines below it, past decks, bylines and credits ('' when none: the scorer then reads no lead).
 */
function leadOf(lines: readonly Line[], at: number): string {
  if (at < 0) return '';
  for (let j = at + 1; j < lines.length && j <= at + KICKER_MODEL_LEAD_LINES; j++) {
    const kind = lines[j]!.kind;
    if (kind === 'lead' || kind === 'body') return lines[j]!.body;
  }
  return '';
}

/** Who spoke, a sports event, paired phrases. */
function cueLaterCut(text: string): KickerCut | null {
  const said = saidEnd(text) ?? eventEnd(text);
  if (said !== null) return { at: said, rule: 'title.kickerInLine' };
  // Phrases are counted in characters: a count that lands inside a word (`供|应`) shows no pair.
  const at = parallelCut(text);
  if (at !== null && wordBreaks(text).has(at)) return { at, rule: 'title.kickerInLineParallel' };
  const issued = issuedEnd(text);
  return issued !== null ? { at: issued, rule: 'title.kickerInLine' } : null;
}

/**
 * The file's habit, from its title lines with a lead-in kicker inside (`found`) and those ending with
 * one (`ending`): many of the first and not far outnumbered, or a few and hardly outnumbered.
 */
function runsKickersOn(found: number, ending: number, titles: number): boolean {
  if (found >= KICKER_IN_LINE_MIN_LINES && found * KICKER_IN_LINE_PER_END >= ending) return true;
  if (found >= KICKER_IN_LINE_FEW_LINES && found * KICKER_IN_LINE_FEW_PER_END >= ending) return true;
  // A file that sets kickers apart ends some of its title lines with a lead-in (on the train and dev
  // days at least two wherever one line runs a lead-in on); among many title lines, none at all
  // with one inside the line is the habit.
  return found >= 1 && ending === 0 && titles >= KICKER_IN_LINE_ALONE_MIN_TITLES;
}

/**
 * The habit where the title lines ending with a lead-in come in series: a feature's crossheads
 * (`动力足、前景好——`, `提高质量、放宽准入——`; `吴阿姨——`, `张女士——`) stand within
 * KICKER_IN_LINE_SERIES_SPAN lines of one another with no story's dateline lead between them, while
 * a kicker set apart over its headline heads a story of its own. Lines ending with a lead-in that
 * stand alone are the kickers a set-apart file shows (on train at least twice as many as its run-on
 * lead-ins); a file with at least KICKER_IN_LINE_FEW_LINES run-on lead-ins and no more lone lines
 * ending with one runs kickers on.
 */
function seriesOnly(lines: readonly Line[], found: number, endsAt: readonly number[]): boolean {
  if (found < KICKER_IN_LINE_FEW_LINES) return false;
  let alone = 0;
  for (let j = 0; j < endsAt.length; j++) {
    const at = endsAt[j]!;
    const before = j > 0 && sameSeries(lines, endsAt[j - 1]!, at);
    const after = j + 1 < endsAt.length && sameSeries(lines, at, endsAt[j + 1]!);
    if (!before && !after) alone++;
  }
  return found >= alone;
}

/** Two lines ending with a lead-in at `from` < `to` stand in one story: close, no dateline lead between. */
function sameSeries(lines: readonly Line[], from: number, to: number): boolean {
  if (to - from > KICKER_IN_LINE_SERIES_SPAN) return false;
  for (let k = from + 1; k < to; k++) if (lines[k]!.kind === 'lead') return false;
  return true;
}

/**
 * The end of a lead-in kicker at the start of `text`, with a headline of its own after it. `spoke`:
 * the length of SPOKE's match on `text` (null for none) when the caller has it already.
 */
export function leadInEnd(text: string, spoke?: number | null): number | null {
  const dash = dashEnd(text);
  if (dash !== null && JOINED_NAMES.test(text.slice(0, dash))) return null;
  const end = dash ?? (spoke !== undefined ? spoke : (SPOKE.exec(text)?.[0].length ?? null));
  if (end === null || QUOTE_ONLY.test(text.slice(0, end))) return null;
  const rest = text.slice(end).trim();
  return end >= KICKER_IN_LINE_MIN_CHARS && rest.length >= KICKER_IN_LINE_MIN_CHARS ? end : null;
}

/** The end of a `X强调` kicker at the start of `text`, with a headline after it. */
function saidEnd(text: string): number | null {
  const end = SAID.exec(text)?.[0].length ?? null;
  if (end === null || NO_HEADLINE_START.test(text.slice(end))) return null;
  return text.length - end >= KICKER_IN_LINE_MIN_CHARS ? end : null;
}

/** The end of a `X印发意见` kicker at the start of `text`, with a headline after it. */
function issuedEnd(text: string): number | null {
  const end = ISSUED.exec(text)?.[0].length ?? null;
  if (end === null || NO_HEADLINE_START.test(text.slice(end))) return null;
  return text.length - end >= KICKER_IN_LINE_MIN_CHARS ? end : null;
}

/** The end of a sports event's kicker at the start of `text`, with a result after it. */
function eventEnd(text: string): number | null {
  const end = EVENT.exec(text)?.[0].length ?? null;
  if (end === null || NO_HEADLINE_START.test(text.slice(end)) || PRIZE_START.test(text.slice(end)))
    return null;
  return text.length - end >= KICKER_IN_LINE_MIN_CHARS ? end : null;
}

/** Just after the first `——` outside brackets and quotes, not at the line's start. */
function dashEnd(text: string): number | null {
  let depth = 0;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (MARK[c] === 1) depth++;
    else if (MARK[c] === 2) depth = Math.max(0, depth - 1);
    else if (depth === 0 && i > 0 && c === EM_DASH && text.charCodeAt(i + 1) === EM_DASH) return i + 2;
  }
  return null;
}
