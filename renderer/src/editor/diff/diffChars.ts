/** One run of a character-level diff: unchanged, inserted (only in `after`) or deleted (only in `before`). */
export interface DiffPart {
  type: 'same' | 'ins' | 'del';
  text: string;
}

type Op = DiffPart['type'];

function pushPart(parts: DiffPart[], type: Op, text: string): void {
  if (text === '') return;
  const last = parts[parts.length - 1];
  if (last && last.type === type) last.text += text;
  else parts.push({ type, text });
}

/** Forward pass of Myers' O(ND) diff; returns each step's frontier, or null past `maxEdits`. */
function frontiers(a: readonly string[], b: readonly string[], maxEdits: number): Int32Array[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const v = new Int32Array(2 * max + 3);
  const mid = max + 1;
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[mid + k - 1]! < v[mid + k + 1]!) ? v[mid + k + 1]! : v[mid + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[mid + k] = x;
      if (x >= n && y >= m) {
        trace.push(v.slice(mid - d, mid + d + 1));
        return trace;
      }
    }
    trace.push(v.slice(mid - d, mid + d + 1));
  }
  return null;
}

/** Walks the frontiers back from the end and returns the edit script, last operation first. */
function backtrack(a: readonly string[], b: readonly string[], trace: Int32Array[]): [Op, string][] {
  const ops: [Op, string][] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d > 0; d--) {
    const prev = trace[d - 1]!;
    const at = (k: number): number => prev[k + d - 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    const startX = down ? prevX : prevX + 1;
    while (x > startX) {
      x--;
      y--;
      ops.push(['same', a[x]!]);
    }
    if (down) ops.push(['ins', b[prevY]!]);
    else ops.push(['del', a[prevX]!]);
    x = prevX;
    y = prevY;
  }
  while (x > 0) ops.push(['same', a[--x]!]);
  return ops;
}

/**
 * A character-level diff of `before` → `after`, by code point (so CJK text and surrogate pairs diff
 * per character), as merged runs. Common prefix and suffix are trimmed first; a middle needing more
 * than `maxEdits` edits is reported as one deletion and one insertion rather than computed slowly.
 */
export function diffChars(before: string, after: string, maxEdits = 4000): DiffPart[] {
  const a = Array.from(before);
  const b = Array.from(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const parts: DiffPart[] = [];
  pushPart(parts, 'same', a.slice(0, head).join(''));
  const trace = frontiers(midA, midB, maxEdits);
  if (trace) {
    for (const [type, char] of backtrack(midA, midB, trace).reverse()) pushPart(parts, type, char);
  } else {
    pushPart(parts, 'del', midA.join(''));
    pushPart(parts, 'ins', midB.join(''));
  }
  pushPart(parts, 'same', a.slice(a.length - tail).join(''));
  return parts;
}
