/**
 * The one keymap table: every action of the desk, its keys, its label and who handles it.
 * The palette (Ctrl/Cmd+K) and the shortcut sheet (?) are generated from it, the app-level key
 * handler matches against it, and the native menu maps onto the same ids (see menuCommandIds.ts).
 *
 * Scopes:
 * - `app`: the shell handles these (only when no text field has focus, except the Mod ones);
 * - `editor`: the article editor (renderer/src/editor) registers handlers with `useCommand`;
 *   the shell dispatches the key when no text field has focus and the editor did not handle it first;
 * - `review`: keys the editor handles itself during review mode; listed here so the sheet shows them.
 *
 * Keys use `Mod` for Ctrl on Windows/Linux and Cmd on macOS.
 */
export type KeyScope = 'app' | 'editor' | 'review';

export type CommandId =
  | 'article.next'
  | 'article.prev'
  | 'selection.extendNext'
  | 'selection.extendPrev'
  | 'article.approveNext'
  | `tag.pinned${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`
  | 'tag.add'
  | 'tag.vocabulary'
  | 'help.shortcuts'
  | 'palette.open'
  | 'export.open'
  | 'edit.undo'
  | 'edit.redo'
  | 'find.open'
  | 'replace.open'
  | 'field.leave'
  | 'import.open'
  | 'import.folder'
  | 'library.toggle'
  | 'library.search'
  | 'language.toggle'
  | 'editor.review'
  | 'editor.promote'
  | 'editor.split'
  | 'editor.merge'
  | 'editor.diff'
  | 'review.accept'
  | 'review.undo'
  | 'review.next'
  | 'review.prev'
  | 'review.nextPending'
  | 'review.bulk'
  | 'article.withdrawApproval'
  | 'article.approveAnyway'
  | 'editor.roleKicker'
  | 'editor.roleHeadline'
  | 'editor.roleDeck'
  | 'editor.roleCrosshead'
  | 'editor.roleBody';

export interface KeyBinding {
  id: CommandId;
  /** Key combos, e.g. `J`, `Shift+J`, `Mod+Shift+Z`, `?`, `Esc`; empty for palette-only actions. */
  keys: string[];
  /** i18n key (namespace `app`) of the action's label. */
  label: string;
  scope: KeyScope;
  /** Extra values for the label's interpolation, e.g. the pinned-tag number. */
  labelValues?: Record<string, string | number>;
}

const pinnedTags: KeyBinding[] = ([1, 2, 3, 4, 5, 6, 7, 8, 9] as const).map((n) => ({
  id: `tag.pinned${n}` as const,
  keys: [String(n)],
  label: 'keys.tagPinned',
  scope: 'app' as const,
  labelValues: { n },
}));

export const KEYMAP: readonly KeyBinding[] = [
  { id: 'article.next', keys: ['J'], label: 'keys.articleNext', scope: 'app' },
  { id: 'article.prev', keys: ['K'], label: 'keys.articlePrev', scope: 'app' },
  { id: 'selection.extendNext', keys: ['Shift+J'], label: 'keys.extendNext', scope: 'app' },
  { id: 'selection.extendPrev', keys: ['Shift+K'], label: 'keys.extendPrev', scope: 'app' },
  { id: 'article.approveNext', keys: ['A'], label: 'keys.approveNext', scope: 'app' },
  ...pinnedTags,
  { id: 'tag.add', keys: ['T'], label: 'keys.tagAdd', scope: 'app' },
  { id: 'tag.vocabulary', keys: [], label: 'keys.tagVocabulary', scope: 'app' },
  { id: 'editor.review', keys: ['R'], label: 'keys.review', scope: 'editor' },
  { id: 'editor.promote', keys: ['H'], label: 'keys.promote', scope: 'editor' },
  { id: 'editor.split', keys: ['S'], label: 'keys.split', scope: 'editor' },
  { id: 'editor.merge', keys: ['M'], label: 'keys.merge', scope: 'editor' },
  { id: 'editor.diff', keys: ['D'], label: 'keys.diff', scope: 'editor' },
  { id: 'editor.roleKicker', keys: [], label: 'keys.roleKicker', scope: 'editor' },
  { id: 'editor.roleHeadline', keys: [], label: 'keys.roleHeadline', scope: 'editor' },
  { id: 'editor.roleDeck', keys: [], label: 'keys.roleDeck', scope: 'editor' },
  { id: 'editor.roleCrosshead', keys: [], label: 'keys.roleCrosshead', scope: 'editor' },
  { id: 'editor.roleBody', keys: [], label: 'keys.roleBody', scope: 'editor' },
  { id: 'review.accept', keys: ['Enter'], label: 'keys.reviewAccept', scope: 'review' },
  { id: 'review.undo', keys: ['Backspace'], label: 'keys.reviewUndo', scope: 'review' },
  { id: 'review.next', keys: ['ArrowRight'], label: 'keys.reviewNext', scope: 'review' },
  { id: 'review.prev', keys: ['ArrowLeft'], label: 'keys.reviewPrev', scope: 'review' },
  { id: 'review.nextPending', keys: ['N'], label: 'keys.reviewNextPending', scope: 'app' },
  { id: 'review.bulk', keys: [], label: 'keys.reviewBulk', scope: 'editor' },
  { id: 'article.withdrawApproval', keys: [], label: 'keys.withdrawApproval', scope: 'app' },
  { id: 'article.approveAnyway', keys: [], label: 'keys.approveAnyway', scope: 'app' },
  { id: 'edit.undo', keys: ['Mod+Z'], label: 'keys.undo', scope: 'app' },
  { id: 'edit.redo', keys: ['Mod+Shift+Z'], label: 'keys.redo', scope: 'app' },
  { id: 'find.open', keys: ['Mod+F'], label: 'keys.find', scope: 'app' },
  { id: 'replace.open', keys: ['Mod+H'], label: 'keys.replace', scope: 'app' },
  { id: 'export.open', keys: ['Mod+E'], label: 'keys.export', scope: 'app' },
  { id: 'palette.open', keys: ['Mod+K'], label: 'keys.palette', scope: 'app' },
  { id: 'help.shortcuts', keys: ['?'], label: 'keys.shortcuts', scope: 'app' },
  { id: 'field.leave', keys: ['Esc'], label: 'keys.leaveField', scope: 'app' },
  { id: 'import.open', keys: ['Mod+O'], label: 'keys.importOpen', scope: 'app' },
  { id: 'import.folder', keys: [], label: 'keys.importFolder', scope: 'app' },
  { id: 'library.toggle', keys: ['Mod+B'], label: 'keys.libraryToggle', scope: 'app' },
  { id: 'library.search', keys: ['Mod+Shift+F'], label: 'keys.librarySearch', scope: 'app' },
  { id: 'language.toggle', keys: [], label: 'keys.languageToggle', scope: 'app' },
];

/** The keymap entry for `id` (every CommandId has exactly one). */
export function bindingFor(id: CommandId): KeyBinding | undefined {
  return KEYMAP.find((binding) => binding.id === id);
}
