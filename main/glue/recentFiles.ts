import { z } from 'zod';

export const RECENT_LIMIT = 10;

/**
 * The "Open recent" list, newest first: `add` moves a path to the front and keeps at most
 * RECENT_LIMIT. macOS keeps its own list (the menu uses the `recentDocuments` role there); this one
 * serves Windows and Linux, where `app.addRecentDocument` cannot be read back.
 */
export function addRecent(list: readonly string[], paths: readonly string[]): string[] {
  const fresh = [...paths].reverse();
  return [...new Set([...fresh, ...list])].slice(0, RECENT_LIMIT);
}

/** A list read from `recent-files.json`, or empty when the file is missing or damaged. */
export function parseRecent(raw: unknown): string[] {
  const parsed = z.array(z.string().min(1)).safeParse(raw);
  return parsed.success ? parsed.data.slice(0, RECENT_LIMIT) : [];
}
