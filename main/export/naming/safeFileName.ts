/** The stem of a file name stays under this many UTF-8 bytes, leaving room for " (99)" and ".ninjs.json" under the 255-byte limit of most file systems. */
export const MAX_STEM_BYTES = 200;

/** Names Windows reserves for devices, with or without an extension (CON.txt is as bad as CON). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** Path separators, characters Windows forbids, and every control character. */
const FORBIDDEN = /[/\\:*?"<>|\p{Cc}]/gu;
/** Bidi overrides and invisible marks that could disguise an extension ("txt.exe" shown reversed); ZWJ/ZWNJ stay, emoji and some scripts need them. */
const INVISIBLE = /[\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/gu;

const encoder = new TextEncoder();
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Makes one file-name stem safe on every desktop system: no path separators or `..`, no reserved
 * device names, no control or invisible characters, no leading dot (hidden file) or trailing dot or
 * space (Windows drops them), at most `maxBytes` of UTF-8 cut on a whole character (emoji sequences
 * included). Chinese and other scripts are kept as they are. Never returns an empty string.
 */
export function safeFileName(raw: string, maxBytes = MAX_STEM_BYTES): string {
  let name = raw
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(FORBIDDEN, '_')
    .replace(/\s+/gu, ' ')
    .replace(/\.{2,}/g, '.');
  name = trimEnds(name);
  name = trimEnds(truncateBytes(name, maxBytes));
  if (RESERVED.test(name.split('.')[0] ?? '')) name = `_${name}`;
  return name || 'untitled';
}

/** Leading dots, spaces and underscores (left from separators), trailing dots and spaces. */
function trimEnds(name: string): string {
  return name.replace(/^[\s._]+/u, '').replace(/[\s.]+$/u, '');
}

/** Cuts the name to at most `maxBytes` UTF-8 bytes without splitting a character or an emoji sequence. */
export function truncateBytes(name: string, maxBytes: number): string {
  if (encoder.encode(name).length <= maxBytes) return name;
  let out = '';
  let bytes = 0;
  for (const { segment } of graphemes.segment(name)) {
    const size = encoder.encode(segment).length;
    if (bytes + size > maxBytes) break;
    out += segment;
    bytes += size;
  }
  return out;
}
