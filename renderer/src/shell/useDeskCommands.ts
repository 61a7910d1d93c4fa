import { useCommand } from '../commands/commandBus';
import { commitPendingEdits } from '../commands/pendingEdits';
import type { EditOp, StoredArticle } from '../../../preload/api';
import { toggleTagOp } from '../tags/toggleTagOp';
import type { ArticleSelection } from '../issue/useArticleSelection';
import type { ImportState } from '../hooks/useImport';
import type { IssueState } from '../hooks/useIssue';
import { pendingRepairs } from '../issue/filterArticles';
import { nextPendingArticle } from '../issue/nextPendingArticle';
import { jumpInArticle, requestReviewOn } from '../editor/review/reviewJump';

export type DialogName = 'palette' | 'shortcuts' | 'tag' | 'vocabulary' | 'export' | 'approve';

export interface DeskActions {
  visible: StoredArticle[];
  targets: StoredArticle[];
  currentId: string | null;
  pinned: string[];
  selection: ArticleSelection;
  issueState: IssueState;
  importState: ImportState;
  openDialog(name: DialogName): void;
  openFind(mode: 'find' | 'replace'): void;
  toggleLibrary(): void;
  toggleLanguage(): void;
  notify(message: string): void;
  noPinnedMessage(n: number): string;
  allReviewedMessage: string;
}

/** Moves `step` articles from the current one through the visible list (clamped at its ends). */
function neighbour(actions: DeskActions, step: number): string | undefined {
  const at = actions.visible.findIndex((article) => article.id === actions.currentId);
  const index = at < 0 ? 0 : Math.min(actions.visible.length - 1, Math.max(0, at + step));
  return actions.visible[index]?.id;
}

/**
 * A: approve the selection, then move to the article after it. Approval means "reviewed": with
 * suggestions still pending it asks first (the approve dialog names the count), unless `anyway`.
 */
async function approveAndNext(actions: DeskActions, anyway = false): Promise<void> {
  const ids = actions.targets.map((article) => article.id);
  if (ids.length === 0) return;
  if (!anyway && actions.targets.some((article) => pendingRepairs(article) > 0)) {
    actions.openDialog('approve');
    return;
  }
  const next = neighbour(actions, 1);
  const ok = await actions.issueState.applyEdit({ type: 'setStatus', articleIds: ids, status: 'approved' });
  if (ok && next) actions.selection.goTo(next);
}

/** Registers every shell action on the command bus (keys, palette and menu all dispatch here). */
export function useDeskCommands(actions: DeskActions): void {
  const hasIssue = actions.issueState.issue !== null;
  const edit = (op: EditOp | null) => op && void actions.issueState.applyEdit(op);
  const go = (step: number) => {
    const id = neighbour(actions, step);
    if (id) actions.selection.goTo(id);
  };
  useCommand('article.next', () => go(1), hasIssue);
  useCommand('article.prev', () => go(-1), hasIssue);
  useCommand('selection.extendNext', () => actions.selection.extend(1), hasIssue);
  useCommand('selection.extendPrev', () => actions.selection.extend(-1), hasIssue);
  useCommand('article.approveNext', () => void approveAndNext(actions), hasIssue);
  useCommand('article.approveAnyway', () => void approveAndNext(actions, true), hasIssue);
  const approved = actions.targets.filter((article) => article.status === 'approved');
  useCommand(
    'article.withdrawApproval',
    () => edit({ type: 'setStatus', articleIds: approved.map((a) => a.id), status: 'edited' }),
    approved.length > 0,
  );
  // N: the next pending suggestion, in this article first, then in the articles after it.
  const nextPending = () => {
    if (jumpInArticle()) return;
    const target = nextPendingArticle(actions.issueState.issue?.articles ?? [], actions.currentId);
    if (!target) return actions.notify(actions.allReviewedMessage);
    requestReviewOn(target.id);
    actions.selection.goTo(target.id);
  };
  useCommand('review.nextPending', nextPending, hasIssue);
  const pin = (n: number) => {
    const tag = actions.pinned[n - 1];
    if (tag) edit(toggleTagOp(tag, actions.targets));
    else actions.notify(actions.noPinnedMessage(n));
  };
  useCommand('tag.pinned1', () => pin(1), hasIssue);
  useCommand('tag.pinned2', () => pin(2), hasIssue);
  useCommand('tag.pinned3', () => pin(3), hasIssue);
  useCommand('tag.pinned4', () => pin(4), hasIssue);
  useCommand('tag.pinned5', () => pin(5), hasIssue);
  useCommand('tag.pinned6', () => pin(6), hasIssue);
  useCommand('tag.pinned7', () => pin(7), hasIssue);
  useCommand('tag.pinned8', () => pin(8), hasIssue);
  useCommand('tag.pinned9', () => pin(9), hasIssue);
  useCommand('tag.add', () => actions.openDialog('tag'), actions.targets.length > 0);
  useCommand('tag.vocabulary', () => actions.openDialog('vocabulary'));
  useCommand('help.shortcuts', () => actions.openDialog('shortcuts'));
  useCommand('palette.open', () => actions.openDialog('palette'));
  useCommand('export.open', () => actions.openDialog('export'));
  // Typing not saved yet is committed first, so undo takes back the latest change, not an older one.
  // Enabled with any issue open: pending typing may become the step to undo once it is committed.
  useCommand('edit.undo', () => void commitPendingEdits().then(() => actions.issueState.undo()), hasIssue);
  useCommand('edit.redo', () => void commitPendingEdits().then(() => actions.issueState.redo()), hasIssue);
  useCommand('find.open', () => actions.openFind('find'), hasIssue);
  useCommand('replace.open', () => actions.openFind('replace'), hasIssue);
  useCommand('field.leave', () => (document.activeElement as HTMLElement | null)?.blur());
  useCommand('import.open', () => void actions.importState.openFiles(), !actions.importState.running);
  useCommand('import.folder', () => void actions.importState.importFolder(), !actions.importState.running);
  useCommand('library.toggle', actions.toggleLibrary);
  useCommand('library.search', () => document.getElementById('library-search-input')?.focus());
  useCommand('language.toggle', actions.toggleLanguage);
}
