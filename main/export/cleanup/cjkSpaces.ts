import type { CleanupContext } from './CleanupContext';
import { charAt, charBefore, isCjk } from './cjkChars';
import type { Spans } from './protectedSpans';
import { inSpans } from './protectedSpans';
import { applyEdits, type EditResult, type TextEdit } from './TextEdit';

const CREDIT_WORD = '(?:记者|通讯员|实习生|摄影|摄|编辑|供图|撰稿)';
/** "(记者 金耀飞 王倚剑)" and "记者 唐建/摄": spaces there separate names, so they stay. */
const CREDITS = new RegExp(
  `[(（][^()（）]*${CREDIT_WORD}[^()（）]*[)）]|${CREDIT_WORD}(?:[ \\u3000]+\\p{Script=Han}{2,4})+`,
  'gu',
);
/**
 * A dateline opening a paragraph: "新华社北京1月5日电", "本报讯", "本报北京1月5日讯"; the space after
 * it sets the dateline apart from the story and is part of the copy.
 */
const DATELINE = /^[\s\u3000]*[^\s\u3000，。！？；：,.!?;:]{1,30}?(?:电|讯)(?=[ \t\u3000\u00A0])/u;

/**
 * Removes stray halfwidth spaces between Chinese characters in body paragraphs ("中 国" → "中国"),
 * the artifact of text copied from PDF columns. Content spaces stay: any fullwidth space (U+3000,
 * typed on purpose), the space after a dateline, spaces in credits and bylines (they separate
 * names), and every space in titles (it separates phrases).
 */
export function cjkSpaces(text: string, context: CleanupContext): EditResult {
  if (context.role !== 'body') return applyEdits(text, []);
  const keep = keptSpans(text, context.keep);
  const edits: TextEdit[] = [];
  for (const match of text.matchAll(/[ \t\u3000\u00A0]+/g)) {
    const start = match.index;
    const end = start + match[0].length;
    if (match[0].includes('\u3000')) continue;
    if (!isCjk(charBefore(text, start)) || !isCjk(charAt(text, end)) || inSpans(keep, start)) continue;
    edits.push({ start, end, insert: '' });
  }
  return applyEdits(text, edits);
}

function keptSpans(text: string, keep: string[]): Spans {
  const spans: Spans = [];
  for (const match of text.matchAll(CREDITS)) spans.push([match.index, match.index + match[0].length]);
  const dateline = DATELINE.exec(text);
  if (dateline) spans.push([dateline[0].length, dateline[0].length + 1]);
  for (const phrase of keep) {
    if (!phrase.trim()) continue;
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) {
      spans.push([at, at + phrase.length]);
    }
  }
  return spans;
}
