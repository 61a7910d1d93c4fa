/** The parts of a keyboard event a key combo is matched against. */
export interface KeyEventLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const ALIASES: Record<string, string> = { Esc: 'Escape' };

/**
 * Whether `event` is the combo `combo` (`Mod+Shift+Z`, `J`, `?`, `Esc`). `Mod` is Cmd on macOS and
 * Ctrl elsewhere. Letters match either case; Shift must be named exactly, except for symbols such
 * as `?` that need Shift to be typed at all.
 */
export function matchKey(event: KeyEventLike, combo: string, isMac: boolean): boolean {
  const parts = combo.split('+');
  const key = parts[parts.length - 1] ?? '';
  const mods = new Set(parts.slice(0, -1));
  const wantMod = mods.has('Mod');
  const mod = isMac ? event.metaKey : event.ctrlKey;
  const otherMod = isMac ? event.ctrlKey : event.metaKey;
  if (mod !== wantMod || otherMod || event.altKey) return false;
  const wanted = ALIASES[key] ?? key;
  const isLetter = /^[A-Za-z]$/.test(wanted);
  if (isLetter || wanted.length > 1) {
    if (event.shiftKey !== mods.has('Shift')) return false;
    return isLetter ? event.key.toLowerCase() === wanted.toLowerCase() : event.key === wanted;
  }
  // Digits and symbols: compare the produced character; `?` arrives with Shift held.
  return event.key === wanted && (mods.has('Shift') ? event.shiftKey : true);
}
