import type { EditOp } from '../../preload/api';
import type { IssueDoc } from './IssueDoc';
import { AppError } from '../errors';
import { applyEditOp, editLabel } from './edits/applyEditOp';
import { idCounter } from './edits/EditContext';
import { diffArticles } from './history/issuePatch';
import { recordEdit, stepHistory } from './history/issueHistory';

/**
 * The issue after one edit, with the edit recorded for undo and the revision bumped; null when the
 * edit changes nothing (no revision, no undo step). An edit made on an older revision than the
 * current one is refused as a conflict: it was made on text the editor no longer sees.
 */
export function editIssueDoc(doc: IssueDoc, baseRevision: number, op: EditOp): IssueDoc | null {
  if (baseRevision !== doc.revision) {
    throw new AppError(
      'conflict',
      `Issue "${doc.title}" changed since this edit was made (revision ${baseRevision}, now ${doc.revision}); reload it and try again.`,
    );
  }
  const newId = idCounter(doc.nextId);
  const articles = applyEditOp(doc.articles, op, {
    newId,
    original: doc.original,
    originIndex: doc.originIndex,
  });
  const undo = diffArticles(doc.articles, articles);
  if (!undo) return null;
  return {
    ...doc,
    articles,
    nextId: newId.value,
    revision: doc.revision + 1,
    history: recordEdit(doc.history, editLabel(op), undo),
  };
}

/** The issue after one undo or redo step; null when there is nothing to undo or redo. */
export function stepIssueDoc(doc: IssueDoc, direction: 'undo' | 'redo'): IssueDoc | null {
  const stepped = stepHistory(doc, direction);
  return stepped ? { ...doc, ...stepped, revision: doc.revision + 1 } : null;
}
