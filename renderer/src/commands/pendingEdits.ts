/**
 * Text typed into the article pane that the store has not seen yet. Fields backed by the store
 * carry `data-store-field`; the pane that owns them registers here, so the shell can ask whether a
 * field holds unsaved typing (Ctrl/Cmd+Z then stays the field's own text undo) and can commit all
 * pending typing before an issue-level undo or redo, so the two happen in the order they were made.
 */
export interface PendingEdits {
  /** Whether `field` (an element with `data-store-field`) holds typing not saved yet. */
  hasUnsaved(field: HTMLElement): boolean;
  /** Saves pending typing; resolves once the store has it (false when saving failed). */
  commit(): Promise<boolean>;
}

const sources = new Set<PendingEdits>();

/** Registers a source of pending typing; returns the function that removes it again. */
export function registerPendingEdits(source: PendingEdits): () => void {
  sources.add(source);
  return () => {
    sources.delete(source);
  };
}

/** Whether `field` holds unsaved text: a title whose value differs from the stored one, or a block a source knows as dirty. */
export function hasUnsavedText(field: HTMLElement): boolean {
  if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement)
    return field.value !== field.defaultValue;
  return [...sources].some((source) => source.hasUnsaved(field));
}

/** Commits every pending typing; true when all of it was saved. */
export async function commitPendingEdits(): Promise<boolean> {
  const results = await Promise.all([...sources].map((source) => source.commit()));
  return results.every(Boolean);
}
