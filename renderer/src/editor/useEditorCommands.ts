import { useCommand } from '../commands/commandBus';
import type { ArticleActions } from './useArticleActions';
import type { ReviewState } from './review/useReview';

/**
 * Registers the editor's actions on the shell's command bus, so the palette, the menus and the
 * shell's key router (when the focus is outside the article pane) run the same code as our keys.
 */
export function useEditorCommands(
  review: ReviewState,
  actions: ArticleActions,
  toggleDiff: () => void,
): void {
  useCommand('editor.review', review.toggle);
  useCommand('editor.promote', actions.promote);
  useCommand('editor.split', actions.splitArticle);
  useCommand('editor.merge', actions.mergeArticle);
  useCommand('editor.diff', toggleDiff);
  useCommand('editor.roleKicker', () => actions.setRole('kicker'));
  useCommand('editor.roleHeadline', () => actions.setRole('headline'));
  useCommand('editor.roleDeck', () => actions.setRole('subheadline'));
  useCommand('editor.roleCrosshead', () => actions.setRole('subhead'));
  useCommand('editor.roleBody', () => actions.setRole('paragraph'));
  useCommand('review.accept', () => void review.accept(), review.active);
  useCommand('review.undo', () => void review.undo(), review.active);
  useCommand('review.next', review.next, review.active);
  useCommand('review.prev', review.previous, review.active);
}
