const MAC_SYMBOLS: Record<string, string> = { Mod: '⌘', Shift: '⇧', Alt: '⌥' };
const NAMES: Record<string, string> = { ArrowRight: '→', ArrowLeft: '←', Backspace: '⌫', Enter: '↵' };

/** A combo as the user reads it: `Ctrl+Shift+Z` on Windows/Linux, `⇧⌘Z` on macOS. */
export function formatKeys(combo: string, isMac: boolean): string {
  const parts = combo.split('+').map((part) => NAMES[part] ?? part);
  if (isMac) return parts.map((part) => MAC_SYMBOLS[part] ?? part).join('');
  return parts.map((part) => (part === 'Mod' ? 'Ctrl' : part)).join('+');
}
