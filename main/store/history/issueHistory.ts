import type { HistoryEntry, IssueDoc, IssuePatch } from '../IssueDoc';
import { applyPatch } from './issuePatch';

/** Undo steps kept per issue, and the most characters their patches may take together. */
export const HISTORY_LIMIT = 500;
export const HISTORY_MAX_CHARS = 8_000_000;

type History = IssueDoc['history'];

/** Records a new undo step (a new edit always clears the redo stack) and trims the oldest steps. */
export function recordEdit(history: History, label: string, patch: IssuePatch): History {
  const entry: HistoryEntry = { label, patch, size: JSON.stringify(patch).length };
  return { undo: capped([...history.undo, entry]), redo: [] };
}

function capped(entries: HistoryEntry[]): HistoryEntry[] {
  let total = entries.reduce((sum, entry) => sum + entry.size, 0);
  let start = Math.max(0, entries.length - HISTORY_LIMIT);
  for (let i = 0; i < start; i += 1) total -= entries[i]?.size ?? 0;
  while (total > HISTORY_MAX_CHARS && start < entries.length - 1) {
    total -= entries[start]?.size ?? 0;
    start += 1;
  }
  return start === 0 ? entries : entries.slice(start);
}

/**
 * Steps the history one way: pops from `from`, applies it, pushes its inverse onto `to`.
 * Returns null when there is nothing to undo (or redo).
 */
export function stepHistory(
  doc: Pick<IssueDoc, 'articles' | 'history'>,
  direction: 'undo' | 'redo',
): Pick<IssueDoc, 'articles' | 'history'> | null {
  const from = direction === 'undo' ? doc.history.undo : doc.history.redo;
  const entry = from[from.length - 1];
  if (!entry) return null;
  const { articles, inverse } = applyPatch(doc.articles, entry.patch);
  const back: HistoryEntry = { label: entry.label, patch: inverse, size: entry.size };
  const rest = from.slice(0, -1);
  const other = direction === 'undo' ? doc.history.redo : doc.history.undo;
  const history =
    direction === 'undo'
      ? { undo: rest, redo: [...other, back] }
      : { undo: capped([...other, back]), redo: rest };
  return { articles, history };
}
