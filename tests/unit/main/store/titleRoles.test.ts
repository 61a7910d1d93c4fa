import { describe, expect, it } from 'vitest';
import type { EditOp } from '../../../../preload/api';
import type { IssueDoc } from '../../../../main/store/IssueDoc';
import { buildIssueDoc } from '../../../../main/store/buildIssueDoc';
import { editIssueDoc, stepIssueDoc } from '../../../../main/store/editIssueDoc';
import { makeIssue } from '../../../support/makeIssue';

function edit(doc: IssueDoc, op: EditOp): IssueDoc {
  const next = editIssueDoc(doc, doc.revision, op);
  if (!next) throw new Error('edit changed nothing');
  return next;
}

describe('item 4: title roles move both ways, undoable, nothing lost', () => {
  it('a kicker becomes a crosshead at the top of the body, and a block becomes a kicker again', () => {
    const doc = buildIssueDoc(makeIssue('roles', 2, 3), []);
    const a = doc.articles[0]!;
    const down = edit(doc, { type: 'setTitleRole', articleId: a.id, from: 'kicker', to: 'subhead' });
    const after = down.articles[0]!;
    expect(after.kicker).toBeNull();
    expect(after.blocks[0]).toMatchObject({ kind: 'subhead', text: a.kicker });
    const up = edit(down, {
      type: 'promoteBlock',
      articleId: a.id,
      blockId: after.blocks[0]!.id,
      role: 'kicker',
    });
    expect(up.articles[0]!.kicker).toBe(a.kicker);
    expect(up.articles[0]!.blocks.map((b) => b.text)).toEqual(a.blocks.map((b) => b.text));
    expect(stepIssueDoc(down, 'undo')!.articles).toEqual(doc.articles);
  });

  it('a deck line becomes the headline; the old headline swaps into its place', () => {
    const doc = buildIssueDoc(makeIssue('swap', 2, 2), []);
    const b = doc.articles[1]!; // has one deck: 副题
    const next = edit(doc, {
      type: 'setTitleRole',
      articleId: b.id,
      from: 'subheadline',
      index: 0,
      to: 'headline',
    });
    expect(next.articles[1]).toMatchObject({ headline: '副题', subheadlines: [b.headline] });
    const body = edit(next, { type: 'setTitleRole', articleId: b.id, from: 'headline', to: 'paragraph' });
    expect(body.articles[1]!.headline).toBeNull();
    expect(body.articles[1]!.blocks[0]).toMatchObject({ kind: 'paragraph', text: '副题' });
    expect(() =>
      edit(body, { type: 'setTitleRole', articleId: b.id, from: 'headline', to: 'kicker' }),
    ).toThrow(/no headline/);
  });

  it('merging keeps the second title as a crosshead and one undo restores both articles', () => {
    const doc = buildIssueDoc(makeIssue('merge', 2, 2), []);
    const [first, second] = doc.articles;
    const merged = edit(doc, { type: 'mergeArticle', articleId: second!.id });
    expect(merged.articles).toHaveLength(1);
    expect(merged.articles[0]!.blocks.filter((b) => b.kind === 'subhead').map((b) => b.text)).toEqual([
      second!.headline,
      ...second!.subheadlines,
    ]);
    const undone = stepIssueDoc(merged, 'undo')!;
    expect(undone.articles).toEqual([first, second]);
  });
});
