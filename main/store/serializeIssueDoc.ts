import type { IssueDoc } from './IssueDoc';

/**
 * UTF-8 JSON of objects that never change once made: the original (never edited), stored articles
 * and history entries (edit ops are pure — an edit makes new objects for what it changes and keeps
 * the identity of everything else; see applyEditOp and diffArticles). Keyed by identity, so an
 * edit of one article in a 300-article issue serialises and encodes one article, not the issue.
 */
const encoded = new WeakMap<object, Buffer>();

function cachedJson(value: object): Buffer {
  let bytes = encoded.get(value);
  if (bytes === undefined) {
    bytes = Buffer.from(JSON.stringify(value), 'utf8');
    encoded.set(value, bytes);
  }
  return bytes;
}

/**
 * An issue document as UTF-8 JSON, in pieces to be written one after the other (a 300-article
 * doc is a few thousand pieces, and copying them into one buffer cost more than a gathered
 * write). Together they are the bytes of JSON.stringify of the doc without `original`, with
 * `"original":…` appended as its last key (the layout issue files have always had). Each piece is
 * JSON.stringify output, and JSON.stringify never emits a lone surrogate, so encoding the pieces
 * one by one gives the same bytes as encoding the whole text.
 */
export function serializeIssueDoc(doc: IssueDoc | null): Buffer[] {
  if (!doc) return [Buffer.from('null')];
  const { original, ...rest } = doc;
  if (doc.revision === 0) {
    // A fresh import is written once and most issues are never edited: one stringify, and no
    // per-article cache entries (thousands of WeakMap entries per batch import cost more in GC
    // than they save). The first edit fills the cache; later edits reuse it.
    const head = JSON.stringify(rest).slice(0, -1);
    return [Buffer.from(`${head},"original":`, 'utf8'), cachedJson(original), Buffer.from('}')];
  }
  const parts: Buffer[] = [];
  const text = (s: string) => parts.push(Buffer.from(s, 'utf8'));
  let sep = '{';
  for (const [key, value] of Object.entries(rest)) {
    if (key === 'articles' && Array.isArray(value)) {
      text(`${sep}${JSON.stringify(key)}:`);
      list(parts, value);
    } else if (key === 'history' && isHistory(value)) {
      text(`${sep}${JSON.stringify(key)}:{"undo":`);
      list(parts, value.undo);
      text(',"redo":');
      list(parts, value.redo);
      text('}');
    } else {
      const json = JSON.stringify(value) as string | undefined;
      // JSON.stringify leaves out keys whose value it cannot serialise (undefined, functions).
      if (json === undefined) continue;
      text(`${sep}${JSON.stringify(key)}:${json}`);
    }
    sep = ',';
  }
  text(`${sep === '{' ? '{' : ','}"original":`);
  parts.push(cachedJson(original));
  text('}');
  return parts;
}

/** `[a,b,…]` of objects, each from the cache. */
function list(parts: Buffer[], items: readonly unknown[]): void {
  parts.push(OPEN);
  items.forEach((item, i) => {
    if (i > 0) parts.push(COMMA);
    parts.push(
      typeof item === 'object' && item !== null
        ? cachedJson(item)
        : Buffer.from(JSON.stringify(item) ?? 'null', 'utf8'),
    );
  });
  parts.push(CLOSE);
}

/** Shared punctuation pieces (only ever read). */
const OPEN = Buffer.from('[');
const COMMA = Buffer.from(',');
const CLOSE = Buffer.from(']');

/** The history exactly as the store makes it: only `undo` and `redo`, both arrays. */
function isHistory(value: unknown): value is IssueDoc['history'] {
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value);
  const h = value as IssueDoc['history'];
  return (
    keys.length === 2 &&
    keys[0] === 'undo' &&
    keys[1] === 'redo' &&
    Array.isArray(h.undo) &&
    Array.isArray(h.redo)
  );
}
