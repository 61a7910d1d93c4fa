/**
 * Rule credit.signature (issue 14, family 5): a signed column ends with its author's name on a line
 * of its own (`——李 实`, `李 实`). Standing between the column's last finished sentence and the next
 * article, the name looks like the next article's kicker; it is the column's credit, so the column
 * keeps its byline and the next article starts at its own title or lead.
 * A bare name (no dash) counts only above a lead, page furniture or the end of the text: above a
 * title it is as often a kicker naming the person the next story is about (`王立群` / `●她的…`), and
 * above text a crosshead. Where articles are set apart by a wider gap, a name after that gap opens
 * the next article.
 * Signals: the line is a title-shaped bare name (a common surname first, two or three Han
 * characters, possibly letter-spaced, not ending like a place or an institution: 欧洲, 吉林大学),
 * optionally after a dash; the line above is text ending a sentence; the line below; the gap above.
 * Thresholds: BARE_NAME_MAX_CHARS (through isBareName).
 */
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { isBareName } from '../credits/nameUnderTitle';
import { gapBefore } from '../groups/gapBefore';

const DASH = /^[—–]{1,2}[\s\u3000]*/u;
/** Place and institution names that start like a surname (`欧 洲`, `吉林大学`) are kickers, not authors. */
const PLACE_OR_BODY = /(?:[洲省市县区镇乡村国州湖河山岛港道路街湾园站局院馆]|大学|公司|中心)$/u;
/** A signature names one person: at most this many Han characters (a four-character line is as often a place, `杨庄街道`). */
const SIGNATURE_NAME = /^[\p{Script=Han}]{2,3}$/u;

export function markSignatures(lines: Line[], layout: Layout): void {
  if (!layout.chinese) return;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i];
    const above = lines[i - 1];
    if (!l || !above || l.kind !== 'title' || above.kind !== 'body' || !above.ends) continue;
    const below = lines[i + 1];
    const dashed = DASH.test(l.body);
    // A bare name over a title is as often the kicker naming the person the story is about.
    const closes =
      !below || below.kind === 'lead' || below.kind === 'furniture' || (dashed && below.kind === 'title');
    if (!closes || gapBefore(lines, i) >= layout.articleGap) continue;
    const name = l.body.replace(DASH, '');
    const compact = name.replace(/[\s\u3000]/gu, '');
    if (!isBareName(name) || !SIGNATURE_NAME.test(compact) || PLACE_OR_BODY.test(compact)) continue;
    l.kind = 'credit';
    l.rule = 'credit.signature';
  }
}
