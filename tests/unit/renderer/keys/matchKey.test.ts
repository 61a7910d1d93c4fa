import { describe, expect, it } from 'vitest';
import { matchKey, type KeyEventLike } from '../../../../renderer/src/keys/matchKey';
import { formatKeys } from '../../../../renderer/src/keys/formatKeys';
import { KEYMAP } from '../../../../renderer/src/keys/keymap';

const key = (k: string, mods: Partial<KeyEventLike> = {}): KeyEventLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('matchKey', () => {
  const cases: [string, KeyEventLike, string, boolean, boolean][] = [
    ['plain letter', key('j'), 'J', false, true],
    ['letter with caps lock', key('J'), 'J', false, true],
    ['Shift+J is not J', key('J', { shiftKey: true }), 'J', false, false],
    ['Shift+J', key('J', { shiftKey: true }), 'Shift+J', false, true],
    ['Ctrl+K on Linux', key('k', { ctrlKey: true }), 'Mod+K', false, true],
    ['Cmd+K on macOS', key('k', { metaKey: true }), 'Mod+K', true, true],
    ['Ctrl+K is not Mod+K on macOS', key('k', { ctrlKey: true }), 'Mod+K', true, false],
    ['Ctrl+Z is not Mod+Shift+Z', key('z', { ctrlKey: true }), 'Mod+Shift+Z', false, false],
    ['Ctrl+Shift+Z', key('Z', { ctrlKey: true, shiftKey: true }), 'Mod+Shift+Z', false, true],
    ['Ctrl+Shift+Z is not Mod+Z', key('Z', { ctrlKey: true, shiftKey: true }), 'Mod+Z', false, false],
    ['? arrives with Shift', key('?', { shiftKey: true }), '?', false, true],
    ['digit', key('3'), '3', false, true],
    ['J with Ctrl is not J', key('j', { ctrlKey: true }), 'J', false, false],
    ['Alt blocks', key('a', { altKey: true }), 'A', false, false],
    ['Esc alias', key('Escape'), 'Esc', false, true],
  ];
  it.each(cases)('%s', (_name, event, combo, isMac, expected) => {
    expect(matchKey(event, combo, isMac)).toBe(expected);
  });
});

describe('keymap', () => {
  it('gives every action one entry and no two actions the same key in one scope', () => {
    const ids = KEYMAP.map((binding) => binding.id);
    expect(new Set(ids).size).toBe(ids.length);
    const seen = new Map<string, string>();
    for (const binding of KEYMAP) {
      for (const combo of binding.keys) {
        const slot = `${binding.scope}:${combo}`;
        expect(seen.get(slot), `${slot} is bound twice`).toBeUndefined();
        seen.set(slot, binding.id);
      }
    }
  });
  it('lists the ui.md keyboard map, the editor keys included', () => {
    const keys = new Set(KEYMAP.flatMap((binding) => binding.keys));
    for (const combo of [
      'J',
      'K',
      'R',
      'A',
      '1',
      '9',
      'T',
      'H',
      'S',
      'M',
      'D',
      'Mod+Z',
      'Mod+Shift+Z',
      'Mod+F',
      'Mod+H',
      'Mod+E',
      'Mod+K',
      '?',
    ]) {
      expect(keys.has(combo), combo).toBe(true);
    }
  });
});

describe('formatKeys', () => {
  it('spells Mod as Ctrl off macOS and as symbols on macOS', () => {
    expect(formatKeys('Mod+Shift+Z', false)).toBe('Ctrl+Shift+Z');
    expect(formatKeys('Mod+Shift+Z', true)).toBe('⌘⇧Z');
    expect(formatKeys('ArrowRight', false)).toBe('→');
  });
});
