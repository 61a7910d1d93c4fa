import { useEffect, type KeyboardEvent } from 'react';
import { isTextField } from '../keys/isTextField';
import type { ArticleActions } from './useArticleActions';
import type { ReviewState } from './review/useReview';

const hasModifier = (event: { altKey: boolean; ctrlKey: boolean; metaKey: boolean }): boolean =>
  event.altKey || event.ctrlKey || event.metaKey;

/** Review keys: Enter accepts, Backspace undoes, → / ← skip, Esc leaves review. True when handled. */
function reviewKey(review: ReviewState, key: string): boolean {
  const actions: Record<string, () => void> = {
    Enter: () => void review.accept(),
    Backspace: () => void review.undo(),
    ArrowRight: review.next,
    ArrowLeft: review.previous,
    Escape: review.leave,
  };
  const action = actions[key];
  action?.();
  return action !== undefined;
}

/** Moves between blocks with ↑ / ↓ and enters a block's text with Enter (when not reviewing). */
function blockNavigationKey(event: KeyboardEvent<HTMLElement>): boolean {
  const block =
    event.target instanceof HTMLElement && event.target.matches('[data-testid="block"]')
      ? event.target
      : null;
  if (!block) return false;
  const sibling =
    event.key === 'ArrowDown'
      ? block.nextElementSibling
      : event.key === 'ArrowUp'
        ? block.previousElementSibling
        : null;
  if (sibling instanceof HTMLElement) sibling.focus();
  else if (event.key === 'Enter') block.querySelector<HTMLElement>('[data-testid="block-text"]')?.focus();
  else return false;
  return true;
}

/**
 * The article pane's single-letter keys (R H S M D), acting only when no text field has the focus;
 * handled keys are marked `defaultPrevented` so the shell's router leaves them alone. Review keys
 * listen on the window while review runs, so they work wherever the focus rests (outside fields).
 */
export function useEditorKeys(
  review: ReviewState,
  actions: ArticleActions,
  toggleDiff: () => void,
): (event: KeyboardEvent<HTMLElement>) => void {
  useEffect(() => {
    if (!review.active) return undefined;
    const onKey = (event: globalThis.KeyboardEvent): void => {
      if (event.defaultPrevented || hasModifier(event) || event.isComposing || isTextField(event.target))
        return;
      // A focused button answers Enter itself; doing it here as well would act twice.
      if (event.key === 'Enter' && event.target instanceof HTMLButtonElement) return;
      if (reviewKey(review, event.key)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [review]);

  return (event) => {
    if (event.defaultPrevented || hasModifier(event) || isTextField(event.target)) return;
    if (review.active && ['Enter', 'Backspace', 'ArrowRight', 'ArrowLeft', 'Escape'].includes(event.key))
      return;
    const letters: Record<string, () => void> = {
      r: review.toggle,
      h: actions.promote,
      s: actions.splitArticle,
      m: actions.mergeArticle,
      d: toggleDiff,
    };
    const action = event.shiftKey ? undefined : letters[event.key.toLowerCase()];
    if (action) action();
    else if (!blockNavigationKey(event)) return;
    event.preventDefault();
  };
}
