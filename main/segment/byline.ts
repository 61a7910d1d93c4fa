import { isBareName } from './rules/credits/nameUnderTitle';
import { BYLINE_HEAD_CHARS } from './thresholds';
import { bothScripts } from './variants';
/** Bylines and author names, copied out of leads and credits (the text itself stays in its block). */

const ZH_LEAD = bothScripts(
  /^(?:本报讯|本报[^\s，,。:：]{0,16}?电|本报记者[^。，,]{1,30}?报道|(?:新华社|中新社|中新网|人民网|新华网|央视网|光明网|央广网|据新华社)[^\s，,。]{0,20}?电)(?:\s*[（(][^（()）]{1,40}[)）])?/u,
);
const ZH_BRACKET = /^[（(][^（()）]{1,40}[)）]/u;
const ROLE_TEST = bothScripts(/记者|通讯员|实习生/u);
/**
 * An English dateline up to its dash: place, date, and any bracketed edition time or agency
 * (`LOWELL, Mass., June 3 (2:30 p. m.)`, whose colon is not the dateline's end), an edition time
 * without brackets (`PARIS, May 4, 2:30 p. m.`: a colon between figures is a time's), or the
 * whole line when the dash starts the next one.
 */
const EN_DATELINE = /^([^(—–]{2,80}?(?:\s*\([^()]{1,24}\))?)\s*(?:—|–|--|\.—|\.-|\?|:(?!\d)|-|$)/u;
const ROLES = bothScripts(
  /(?:本报记者|特约记者|实习记者|记者|本报通讯员|通讯员|实习生|特约通讯员|新华社记者)/gu,
);

/** The byline as printed at the head of a lead line (`本报讯(记者 柴福娟)`, `By Jane Doe`, a dateline). */
export function leadByline(body: string, kind: 'lead' | 'byline'): string | null {
  if (kind === 'byline') return body;
  const head = body.slice(0, BYLINE_HEAD_CHARS);
  const zh = ZH_LEAD.exec(head) ?? ZH_BRACKET.exec(head);
  if (zh) return zh[0];
  const en = EN_DATELINE.exec(head);
  return en?.[1] ? en[1].trim() : null;
}

/** People named in a byline or a credit line. */
export function namesIn(text: string): string[] {
  if (/^By\s/u.test(text)) return englishNames(text);
  if (isBareName(text)) return [text.replace(/[\s\u3000]+/gu, '')];
  const inner = /[（(]([^（()）]*)[)）]/u.exec(text)?.[1] ?? text;
  if (!ROLE_TEST.test(inner)) return [];
  return mergeSpacedNames(
    inner
      .replace(ROLES, ' ')
      .replace(/^(?:本报讯|本报)/u, ' ')
      .split(/[\s\u3000、，,]+/u),
  ).filter((n) => /^[\p{Script=Han}·]{2,5}$/u.test(n) && !/报道|摄|电$/u.test(n));
}

/** Letter-spaced names (`窦 皓`) split into single characters: runs of them are one name. */
function mergeSpacedNames(parts: string[]): string[] {
  const out: string[] = [];
  let run = '';
  for (const p of parts) {
    if (p.length === 1) run += p;
    else {
      if (run) out.push(run);
      run = '';
      out.push(p);
    }
  }
  if (run) out.push(run);
  return out;
}

function englishNames(text: string): string[] {
  const names = text
    .replace(/^By\s+/u, '')
    .replace(/,.*$/u, '')
    .split(/\s+and\s+|\s*&\s*/u);
  return names.map((n) => n.trim()).filter((n) => n.length > 0);
}
