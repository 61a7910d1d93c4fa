import { describe, expect, it } from 'vitest';
import { RECENT_LIMIT, addRecent, parseRecent } from '../../../../main/glue/recentFiles';

describe('addRecent', () => {
  it('puts new paths first, moves a reopened path to the front and keeps no duplicates', () => {
    expect(addRecent(['/a', '/b'], ['/c'])).toEqual(['/c', '/a', '/b']);
    expect(addRecent(['/a', '/b', '/c'], ['/c'])).toEqual(['/c', '/a', '/b']);
  });

  it('keeps at most the limit', () => {
    const many = Array.from({ length: RECENT_LIMIT }, (_, index) => `/old${index}`);
    const next = addRecent(many, ['/new']);
    expect(next).toHaveLength(RECENT_LIMIT);
    expect(next[0]).toBe('/new');
    expect(next).not.toContain(`/old${RECENT_LIMIT - 1}`);
  });
});

describe('parseRecent', () => {
  it('reads a list of paths and rejects anything else', () => {
    expect(parseRecent(['/a', '/b'])).toEqual(['/a', '/b']);
    expect(parseRecent({ paths: [] })).toEqual([]);
    expect(parseRecent(['/a', 3])).toEqual([]);
    expect(parseRecent(undefined)).toEqual([]);
  });
});
