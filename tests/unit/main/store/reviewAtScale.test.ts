import { describe, expect, it } from 'vitest';
import type { EditOp, SegmentedIssue } from '../../../../preload/api';
import type { IssueDoc } from '../../../../main/store/IssueDoc';
import { buildIssueDoc } from '../../../../main/store/buildIssueDoc';
import { editIssueDoc, stepIssueDoc } from '../../../../main/store/editIssueDoc';
import { editOpSchema } from '../../../../main/api/schemas/editOpSchema';
import { makeIssue } from '../../../support/makeIssue';

function edit(doc: IssueDoc, op: EditOp): IssueDoc {
  const next = editIssueDoc(doc, doc.revision, op);
  if (!next) throw new Error('edit changed nothing');
  return next;
}

/** Three articles; the first has two joins of reason `join.midSentence` in one block and one `wrap`. */
function mixedIssue(): SegmentedIssue {
  const issue = makeIssue('bulk', 3, 2, 40);
  const first = issue.articles[0]!;
  first.repairs = [
    { blockIndex: 0, offset: 10, reason: 'join.midSentence' },
    { blockIndex: 0, offset: 25, reason: 'join.midSentence' },
    { blockIndex: 1, offset: 12, reason: 'wrap' },
  ];
  issue.articles[1]!.repairs = [{ blockIndex: 0, offset: 8, reason: 'join.midSentence' }];
  issue.articles[2]!.repairs = [{ blockIndex: 0, offset: 8, reason: 'wrap' }];
  return issue;
}

const pendingReasons = (doc: IssueDoc) =>
  doc.articles.flatMap((a) => a.repairs.filter((r) => r.state === 'pending').map((r) => r.reason));

describe('item 2: accept or reject all suggestions of one reason code in one undoable step', () => {
  it('accepts every pending repair of the reason across the issue, leaving other reasons, and undoes in one step', () => {
    const doc = buildIssueDoc(mixedIssue(), []);
    const next = edit(doc, { type: 'resolveRepairs', reason: 'join.midSentence', action: 'accept' });
    expect(pendingReasons(next)).toEqual(['wrap', 'wrap']);
    expect(next.articles.map((a) => a.status)).toEqual(['new', 'new', 'new']);
    expect(next.history.undo).toHaveLength(1);
    expect(stepIssueDoc(next, 'undo')!.articles).toEqual(doc.articles);
  });

  it('rejects (splits again) every join of the reason in one article, later joins first, text kept', () => {
    const doc = buildIssueDoc(mixedIssue(), []);
    const a0 = doc.articles[0]!;
    const text = a0.blocks[0]!.text;
    const next = edit(doc, {
      type: 'resolveRepairs',
      reason: 'join.midSentence',
      action: 'reject',
      articleIds: [a0.id],
    });
    const after = next.articles[0]!;
    expect(after.blocks.slice(0, 3).map((b) => b.text)).toEqual([
      text.slice(0, 10),
      text.slice(10, 25),
      text.slice(25),
    ]);
    expect(after.status).toBe('edited');
    expect(pendingReasons(next)).toEqual(['wrap', 'join.midSentence', 'wrap']);
    expect(next.articles[1]).toBe(doc.articles[1]);
    expect(stepIssueDoc(next, 'undo')!.articles).toEqual(doc.articles);
  });

  it('is validated at the api boundary and changes nothing when no repair has the reason', () => {
    expect(editOpSchema.safeParse({ type: 'resolveRepairs', reason: 'x', action: 'accept' }).success).toBe(
      true,
    );
    expect(editOpSchema.safeParse({ type: 'resolveRepairs', reason: '', action: 'accept' }).success).toBe(
      false,
    );
    expect(editOpSchema.safeParse({ type: 'resolveRepairs', reason: 'x', action: 'drop' }).success).toBe(
      false,
    );
    const doc = buildIssueDoc(mixedIssue(), []);
    expect(
      editIssueDoc(doc, doc.revision, { type: 'resolveRepairs', reason: 'none', action: 'accept' }),
    ).toBeNull();
  });
});

describe('item 3: approval means reviewed', () => {
  it('an approved article edited afterwards is flagged changed after approval; approving again or withdrawing clears it', () => {
    const doc = buildIssueDoc(makeIssue('approval'), []);
    const id = doc.articles[0]!.id;
    const approved = edit(doc, { type: 'setStatus', articleIds: [id], status: 'approved' });
    expect(approved.articles[0]!.changedAfterApproval).toBeUndefined();
    const tagged = edit(approved, { type: 'tagArticles', articleIds: [id], add: ['经济'], remove: [] });
    expect(tagged.articles[0]!.changedAfterApproval).toBeUndefined();
    const edited = edit(tagged, { type: 'setTitles', articleId: id, headline: '改过的标题' });
    expect(edited.articles[0]).toMatchObject({ status: 'approved', changedAfterApproval: true });
    const again = edit(edited, { type: 'setStatus', articleIds: [id], status: 'approved' });
    expect(again.articles[0]!.changedAfterApproval).toBeUndefined();
    const withdrawn = edit(edited, { type: 'setStatus', articleIds: [id], status: 'edited' });
    expect(withdrawn.articles[0]).toMatchObject({ status: 'edited' });
    expect(withdrawn.articles[0]!.changedAfterApproval).toBeUndefined();
  });
});
