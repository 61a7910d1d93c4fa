import type { EditOp, StoredArticle } from '../../../preload/api';
import type { EditContext } from './EditContext';
import { editBlock, joinBlocks, replaceBlock, setBlockKind, splitBlock } from './blockOps';
import { acceptRepair, undoRepair } from './repairOps';
import { promoteBlock, setTitleRole, setTitles } from './titleOps';
import { mergeArticle, revertArticle, setStatus, splitArticle, tagArticles } from './articleOps';
import { replaceText } from './replaceText';
import { resolveRepairs } from './resolveRepairs';

/**
 * Applies one edit to an issue's articles, purely: the input is never mutated, untouched articles
 * keep their identity (so the history can record just the ones that changed), and bad references
 * throw AppError naming the article.
 */
export function applyEditOp(articles: StoredArticle[], op: EditOp, ctx: EditContext): StoredArticle[] {
  switch (op.type) {
    case 'editBlock':
      return editBlock(articles, op);
    case 'joinBlocks':
      return joinBlocks(articles, op);
    case 'splitBlock':
      return splitBlock(articles, op, ctx);
    case 'setBlockKind':
      return setBlockKind(articles, op);
    case 'replaceBlock':
      return replaceBlock(articles, op, ctx);
    case 'acceptRepair':
      return acceptRepair(articles, op);
    case 'undoRepair':
      return undoRepair(articles, op, ctx);
    case 'setTitles':
      return setTitles(articles, op);
    case 'promoteBlock':
      return promoteBlock(articles, op);
    case 'setTitleRole':
      return setTitleRole(articles, op, ctx);
    case 'splitArticle':
      return splitArticle(articles, op, ctx);
    case 'mergeArticle':
      return mergeArticle(articles, op, ctx);
    case 'tagArticles':
      return tagArticles(articles, op);
    case 'setStatus':
      return setStatus(articles, op);
    case 'replaceText':
      return replaceText(articles, op);
    case 'revertArticle':
      return revertArticle(articles, op, ctx);
    case 'resolveRepairs':
      return resolveRepairs(articles, op, ctx);
  }
}

const LABELS: Record<EditOp['type'], string> = {
  editBlock: 'Edit paragraph',
  joinBlocks: 'Join paragraphs',
  splitBlock: 'Split paragraph',
  setBlockKind: 'Change paragraph kind',
  replaceBlock: 'Paste paragraphs',
  acceptRepair: 'Accept repair',
  undoRepair: 'Undo repair',
  setTitles: 'Edit titles',
  promoteBlock: 'Promote to title',
  setTitleRole: 'Change title role',
  splitArticle: 'Split article',
  mergeArticle: 'Merge articles',
  tagArticles: 'Tag articles',
  setStatus: 'Set status',
  replaceText: 'Replace text',
  revertArticle: 'Revert article',
  resolveRepairs: 'Resolve repairs',
};

/** A short description of an edit for the undo/redo menu items, e.g. "Split paragraph". */
export function editLabel(op: EditOp): string {
  if (op.type === 'resolveRepairs')
    return `${op.action === 'accept' ? 'Accept' : 'Reject'} all “${op.reason}” repairs`;
  return LABELS[op.type];
}
