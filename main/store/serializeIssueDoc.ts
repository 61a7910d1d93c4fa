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
 * An issue document as JSON, in pieces (UTF-8 bytes or text) to be written one after the other
 * (the atomic writer takes them a batch at a time, so the whole JSON never exists at once). Together they are the bytes of JSON.stringify of the doc without `original`, with
 * `"original":…` appended as its last key (the layout issue files have always had). Each piece is
 * JSON.stringify output, and JSON.stringify never emits a lone surrogate, so encoding the pieces
 * one by one gives the same bytes as encoding the whole text.
 */
export function serializeIssueDoc(doc: IssueDoc | null): Iterable<Buffer | string> {
  if (!doc) return [Buffer.from('null')];
  const { original, ...rest } = doc;
  if (doc.revision === 0) return freshIssueJson(rest, original);
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

/**
 * A fresh import, written once (most issues are never edited), made piece by piece while it is
 * written: the articles and the original's articles are stringified one at a time and not cached
 * (thousands of WeakMap entries per batch import cost more in GC than they save; the first edit
 * fills the cache), so a 200 MB issue never exists as one JSON string or one buffer in memory.
 * Same bytes as the cached path: JSON.stringify of `rest`, then `"original":…` as the last key.
 */
function* freshIssueJson(
  rest: Omit<IssueDoc, 'original'>,
  original: IssueDoc['original'],
): Generator<string> {
  yield* objectJson(rest, '{');
  yield ',"original":';
  yield* objectJson(original, '{');
  yield '}}';
}

/**
 * An object's keys in order, after `open` and without the closing brace; its `articles` item by
 * item, from an array or from a generator that makes them as they are written (importedIssueJson).
 * Text, not bytes: the writer encodes a batch of pieces at once (see writeFileAtomic).
 */
export function* objectJson(value: object, open: string): Generator<string> {
  let written = false;
  for (const [key, item] of Object.entries(value)) {
    const sep = written ? ',' : open;
    if (key === 'articles' && (Array.isArray(item) || isGenerator(item))) {
      yield `${sep}"articles":`;
      yield* arrayJson(item);
    } else {
      const json = JSON.stringify(item) as string | undefined;
      if (json === undefined) continue;
      yield `${sep}${JSON.stringify(key)}:${json}`;
    }
    written = true;
  }
  if (!written) yield open;
}

/** `[a,b,…]`, each item stringified on its own, uncached (JSON.stringify writes a hole or undefined as null). */
function* arrayJson(items: Iterable<unknown>): Generator<string> {
  yield '[';
  let first = true;
  for (const item of items) {
    if (!first) yield ',';
    first = false;
    yield JSON.stringify(item) ?? 'null';
  }
  yield ']';
}

function isGenerator(value: unknown): value is Generator<unknown> {
  return Object.prototype.toString.call(value) === '[object Generator]';
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
