import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZE,
  initialBounds,
  isReachable,
  parseWindowState,
} from '../../../../main/glue/windowState';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('parseWindowState', () => {
  it('keeps a valid state', () => {
    const state = { bounds: { x: 10, y: 20, width: 1200, height: 800 }, maximized: true };
    expect(parseWindowState(state)).toEqual(state);
  });

  it('falls back to the default for damaged or foreign content', () => {
    for (const raw of [
      undefined,
      null,
      'x',
      { bounds: { x: 'a' } },
      { bounds: { x: 0, y: 0, width: 5, height: 5 } },
    ]) {
      expect(parseWindowState(raw)).toEqual({ maximized: false });
    }
  });
});

describe('isReachable', () => {
  it('accepts a window whose title bar is on a display', () => {
    expect(isReachable({ x: 100, y: 100, width: 1200, height: 800 }, [laptop])).toBe(true);
    expect(isReachable({ x: 2000, y: 50, width: 1200, height: 800 }, [laptop, rightMonitor])).toBe(true);
  });

  it('refuses a window left on a monitor that is gone, or with its title bar off-screen', () => {
    expect(isReachable({ x: 2000, y: 50, width: 1200, height: 800 }, [laptop])).toBe(false);
    expect(isReachable({ x: 100, y: -500, width: 1200, height: 800 }, [laptop])).toBe(false);
    expect(isReachable({ x: 1870, y: 100, width: 1200, height: 800 }, [laptop])).toBe(false);
  });
});

describe('initialBounds', () => {
  it('restores reachable bounds and replaces unreachable ones by the default size', () => {
    const bounds = { x: 2000, y: 50, width: 1200, height: 800 };
    expect(initialBounds({ bounds, maximized: false }, [laptop, rightMonitor])).toEqual(bounds);
    expect(initialBounds({ bounds, maximized: false }, [laptop])).toEqual(DEFAULT_SIZE);
    expect(initialBounds({ maximized: false }, [laptop])).toEqual(DEFAULT_SIZE);
  });
});
