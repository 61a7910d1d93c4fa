/**
 * Rule title.kickerInLine: some dumps print the kicker and the headline on one line with nothing
 * between (`从一张白纸到一座新城——新区建设跑出加速度`). Where a file does so, the first title line
 * of a group is cut after its kicker. Only a kicker that leads in can be found inside a line: one
 * ending with a dash (`…——`) or reporting who spoke (`X在…会议上强调`), with a headline after it (a
 * column's name in brackets alone, `——长城站（新中国的第一）`, is none).
 * Whether the file has the habit is read off its own title lines: the kickers it runs on inside a
 * line (a lead-in, or who spoke, a sports event, an issuer with a headline after it) against those
 * it sets on a line of their own over a title line (a line ending with a lead-in that stands alone,
 * not one of a feature's crossheads, which come in series or stand over the text; a line that is all
 * `X强调`, `…锦标赛`, `国办印发意见`): at least KICKER_IN_LINE_MIN_LINES run on and
 * KICKER_IN_LINE_PER_SET_APART times as many as set apart; or many sure lead-ins run on
 * (KICKER_IN_LINE_SURE_LINES, KICKER_IN_LINE_PER_END), whatever a feature sets apart. A dash inside brackets or quotes
 * (`（…——…）`), at the line's start (a deck) or after a quoted phrase alone (`“22个”——…`, a point in
 * the body) is no lead-in, nor one joining two names (`北京——天津`, JOINED_NAMES).
 * In such a file a kicker that reports who spoke without saying where (`X强调`, `X主持召开…会议强调`)
 * is cut after the verb too, and one that does not lead in is found by the paired phrases around the
 * cut (title.kickerInLineParallel, parallelKicker.ts); the habit itself is read off the surer cues.
 * There a sports event's name with its stage (`…公开赛`, `…世界杯…站`, `…联赛决赛首回合`, any `…赛`
 * but `比赛`, not going on into `赛制`, `赛程`) opening the
 * line is the kicker too: papers set the event over the result (never when a prize or an event of
 * the meet follows the name: `…锦标赛冠军` is inside one title). So is a body issuing a document named
 * by a generic noun (`国办印发意见`, `水利部发文`): what the document says is the headline.
 * Signals: title lines' text; dash, brackets and quotes; the `在…时强调` shape; the kind of the line
 * under a line ending with a lead-in. A file with one kicker run on and none set apart has the habit
 * when it has at least KICKER_IN_LINE_ALONE_MIN_TITLES title lines.
 * Thresholds: KICKER_IN_LINE_MIN_LINES, KICKER_IN_LINE_PER_SET_APART, KICKER_IN_LINE_SURE_LINES,
 * KICKER_IN_LINE_PER_END, KICKER_IN_LINE_MIN_CHARS,
 * KICKER_IN_LINE_ALONE_MIN_TITLES, KICKER_IN_LINE_SERIES_SPAN, KICKER_MODEL_LEAD_LINES (where the
 * scorer reads the story's lead).
 */
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import {
  KICKER_IN_LINE_SERIES_SPAN,
  KICKER_IN_LINE_ALONE_MIN_TITLES,
  KICKER_IN_LINE_MIN_CHARS,
  KICKER_IN_LINE_MIN_LINES,
  KICKER_IN_LINE_PER_END,
  KICKER_IN_LINE_PER_SET_APART,
  KICKER_IN_LINE_SURE_LINES,
  KICKER_MODEL_LEAD_LINES,
} from '../../thresholds';
import type { RuleCode } from '../codes';
import { charSet, countHan } from '../../text';
import { parallelCut } from './parallelKicker';
import { type PairStats, pairStatsOf, scoredKickerCut, wordBreaks } from './kickerModel';
import { COLUMN_TAG, MARK } from './titleMarks';

/** `X在…会议上强调`: who spoke and where, leading into what was said. */
const SPOKE = /^[^，。：“”\s]{2,}?在[^，。：]{2,}?(?:上|时|中|期间|之际|会议)(?:强调|指出|表示|希望)/u;
/**
 * Who said it, without the place (`X强调`, `X主持召开…会议强调`, `X考察…时指出`): in a file that runs
 * kickers on, the kicker ends at the verb.
 */
const SAID = /^[^，。：:“”\s]{2,40}?(?:强调|指出|表示|希望)/u;
/**
 * A sports event and its stage (`…公开赛`, `…世界杯…站`, `…联赛决赛首回合`, `…资格赛落幕`): papers set the
 * event as the kicker over the result; in a file that runs kickers on, the kicker ends there.
 */
const EVENT =
  // Any `…赛` names an event (`…田径赛`, `…巅峰赛`), never `比赛`, the word for any match, nor a `赛`
  // going on into a word of its own (`赛制`, `赛程`, `赛季`, `赛事`).
  /^[^，。：:“”\s]{2,24}?(?:锦标赛|世锦赛|大奖赛|巡回赛|公开赛|联赛|世界杯|大满贯赛|\p{Script=Han}(?<!比)赛)(?![制程季事区道场况])(?:总决赛|决赛|半决赛|资格赛)?(?:战罢)?(?:首局|首回合|第[一二三四五六七八九十]回合|[^，。\s]{2,5}站)?(?:落幕|战罢|闭幕|开幕|开赛)?/u;
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

/**
 * True when `line`, a title or a text line, is a line of a file that prints its kickers on the
 * headline's line: kickerCut is null for every other line, so a caller that needs a cut can ask this
 * first and skip its own tests elsewhere.
 */
export function lineOfRunOnFile(line: Line): boolean {
  return runOnLines.has(line);
}

/** What a file's title lines say about its run-on habit (read by markKickersInLine and bench/kickerModel/habit.ts). */
export interface RunOnHabit {
  /** Title lines with a lead-in kicker inside, and where it ends. */
  found: Array<[Line, number]>;
  /** Where the other title lines stand (indexes into `lines`). */
  others: number[];
  /** Where the title lines ending with a lead-in stand (indexes into `lines`, ascending). */
  endsAt: number[];
  /** Title lines with a kicker run on inside: a lead-in (`found`), who spoke, a sports event, an issuer. */
  runOn: number;
  /** Kickers set on a line of their own over a title line: a lone lead-in, who spoke, an event, an issuer. */
  setApart: number;
  /** True when the file runs its kickers on. */
  runsOn: boolean;
}

/** The file's run-on habit, read off its title lines (kinds as the line rules before this one left them). */
export function runOnHabit(lines: readonly Line[]): RunOnHabit {
  const found: Array<[Line, number]> = [];
  const others: number[] = [];
  const endsAt: number[] = [];
  let cuesInside = 0;
  let cuesAlone = 0;
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
      else {
        others.push(i);
        if (cueKickerEnd(l.body) !== null) cuesInside++;
        // The line below first: the three expressions of wholeCue are tried only over a title line.
        else if (lines[i + 1]?.kind === 'title' && wholeCue(l.body)) cuesAlone++;
      }
    }
  }
  const runOn = found.length + cuesInside;
  const setApart = loneLeadIns(lines, endsAt) + cuesAlone;
  // Every title line went to one of the three lists: together they are the file's title lines.
  const titles = found.length + endsAt.length + others.length;
  const runsOn = runsKickersOn(runOn, setApart, titles) || manyLeadIns(found.length, endsAt.length);
  return { found, others, endsAt, runOn, setApart, runsOn };
}

export function markKickersInLine(lines: Line[], layout: Layout): void {
  if (!layout.chinese) return;
  const { found, others, endsAt, runsOn } = runOnHabit(lines);
  if (!runsOn) return;
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
 * The file's habit, from its kickers run on inside a title line (`runOn`) and those set on a line of
 * their own (`setApart`): at least KICKER_IN_LINE_MIN_LINES run on and KICKER_IN_LINE_PER_SET_APART
 * times as many as set apart. A file that sets kickers apart still prints a few cues inside a
 * line (a dash inside a headline, `X印发意见Y` as a kicker of its own), a file that runs them on
 * still sets a few apart (a package's short items): on train, set-apart files show at most as many
 * run on as set apart, run-on files at least three times as many.
 */
/** A file's counts the habit is read from (exported for bench/kickerModel/habit.ts). */
export interface HabitCounts {
  /** Lead-ins run on inside a title line (a dash, `X在…上强调`). */
  found: number;
  /** Title lines ending with a lead-in. */
  ending: number;
  runOn: number;
  setApart: number;
  titles: number;
}

/** True when a file with these counts runs its kickers on. */
export function habitOf(c: HabitCounts): boolean {
  return runsKickersOn(c.runOn, c.setApart, c.titles) || manyLeadIns(c.found, c.ending);
}

function runsKickersOn(runOn: number, setApart: number, titles: number): boolean {
  if (runOn >= KICKER_IN_LINE_MIN_LINES && runOn >= KICKER_IN_LINE_PER_SET_APART * setApart) return true;
  // A file that sets kickers apart sets at least one apart (on train at least one wherever one
  // line runs a cue on); among many title lines, none at all set apart is the habit.
  return runOn >= 1 && setApart === 0 && titles >= KICKER_IN_LINE_ALONE_MIN_TITLES;
}

/**
 * Many lead-ins run on (KICKER_IN_LINE_SURE_LINES, a dash or `X在…上强调` inside the line) keep the
 * habit beside a feature's stories that set their kickers apart (`…村民X——` over each story's
 * headline): up to KICKER_IN_LINE_PER_END lines ending with a lead-in per one run on.
 */
function manyLeadIns(found: number, ending: number): boolean {
  return found >= KICKER_IN_LINE_SURE_LINES && found * KICKER_IN_LINE_PER_END >= ending;
}

/** Where a kicker that reports who spoke, names a sports event or an issuer ends inside `text`, or null. */
function cueKickerEnd(text: string): number | null {
  if (!mayHoldCue(text)) return null;
  return saidEnd(text) ?? eventEnd(text) ?? issuedEnd(text);
}

/** The expressions of the cues a kicker may end on (cueKickerEnd, wholeCue): who spoke, an event, an issuer. */
export const CUE_PATTERNS: readonly RegExp[] = [SAID, EVENT, ISSUED];

/**
 * A character each cue needs: SAID's verbs start with 强, 指, 表 or 希 (强调, 指出, 表示, 希望), every
 * event of EVENT ends with 赛 or 杯, and ISSUED's verbs hold 发 or 出 (印发, 出台, 发布, 下发, 发文).
 */
const CUE_CHARS = charSet('强指表希赛杯发出');

/**
 * False when `text` holds none of CUE_CHARS: then no cue expression matches it, and they are not
 * tried. runOnHabit asks about every title line of the file, with up to six expressions whose lazy
 * prefixes try every length; most lines hold none of these characters. Property-tested.
 */
export function mayHoldCue(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (CUE_CHARS.has(text.charCodeAt(i))) return true;
  return false;
}

/** True when all of `text` is such a kicker (`X强调`, `…锦标赛`, `国办印发意见`): one set on a line of its own. */
function wholeCue(text: string): boolean {
  if (!mayHoldCue(text)) return false;
  return (
    SAID.exec(text)?.[0].length === text.length ||
    EVENT.exec(text)?.[0].length === text.length ||
    ISSUED.exec(text)?.[0].length === text.length
  );
}

/**
 * Title lines ending with a lead-in that stand over a title line and alone, the kickers a file sets
 * apart. A feature's crossheads (`动力足、前景好——`, `提高质量、放宽准入——`; `吴阿姨——`, `张女士——`)
 * come in series, within KICKER_IN_LINE_SERIES_SPAN lines of one another with no story's dateline
 * lead between them, or stand over the text, while a kicker set apart over its headline heads a
 * story of its own.
 */
function loneLeadIns(lines: readonly Line[], endsAt: readonly number[]): number {
  let alone = 0;
  for (let j = 0; j < endsAt.length; j++) {
    const at = endsAt[j]!;
    const before = j > 0 && sameSeries(lines, endsAt[j - 1]!, at);
    const after = j + 1 < endsAt.length && sameSeries(lines, at, endsAt[j + 1]!);
    if (!before && !after && headsTitle(lines[at + 1])) alone++;
  }
  return alone;
}

/**
 * True when `line` is a title line with words enough for a headline (KICKER_IN_LINE_MIN_CHARS Han
 * characters): a lead-in over a figure alone (`2018年济南市——` over `10.8万`) labels a chart's
 * figure, not a headline.
 */
function headsTitle(line: Line | undefined): boolean {
  return line?.kind === 'title' && countHan(line.body) >= KICKER_IN_LINE_MIN_CHARS;
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
  // A column's name in brackets at the end (`（新中国的“第一”）`) is no headline: what stands before it is.
  const rest = text.slice(end).replace(COLUMN_TAG, '').trim();
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
