import { isCjk } from './cjk';
import { isSpace } from './space';

/** Display width of a CJK (wide) character; every other character counts 1. */
export const WIDE = 2;

/**
 * Display width: CJK characters count WIDE, others 1, by UTF-16 unit (an astral ideograph is two
 * non-CJK units, so it also counts 2). Compares line lengths across scripts.
 */
export function displayWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) w += isCjk(text.charCodeAt(i)) ? WIDE : 1;
  return w;
}

/** Share of CJK characters among the non-space characters (UTF-16 units), 0 for blank text. */
export function cjkShare(text: string): number {
  let cjk = 0;
  let all = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    all++;
    if (isCjk(c)) cjk++;
  }
  return all === 0 ? 0 : cjk / all;
}
