import { describe, expect, it } from 'vitest';
import type { EditOp, SegmentedIssue } from '../../../../preload/api';
import type { IssueDoc } from '../../../../main/store/IssueDoc';
import { buildIssueDoc } from '../../../../main/store/buildIssueDoc';
import { editIssueDoc, stepIssueDoc } from '../../../../main/store/editIssueDoc';
import { makeIssue } from '../../../support/makeIssue';

/** An issue with one article whose first block is a join of "Hello" + "world" (Latin, one space). */
function latinIssue(): SegmentedIssue {
  const issue = makeIssue('latin', 2, 2);
  const first = issue.articles[0]!;
  first.blocks[0] = { kind: 'paragraph', text: 'The mayor said hello world again' };
  first.repairs = [{ blockIndex: 0, offset: 20, reason: 'no sentence end before the break' }];
  return issue;
}

function edit(doc: IssueDoc, op: EditOp): IssueDoc {
  const next = editIssueDoc(doc, doc.revision, op);
  if (!next) throw new Error('edit changed nothing');
  return next;
}

const a0 = (doc: IssueDoc) => doc.articles[0]!;

describe('edit operations', () => {
  it('keeps a repair offset when text before it changes, drops it when the join is edited away', () => {
    const doc = buildIssueDoc(latinIssue(), []);
    const block = a0(doc).blocks[0]!;
    const shifted = edit(doc, {
      type: 'editBlock',
      articleId: a0(doc).id,
      blockId: block.id,
      text: 'The old mayor said hello world again',
    });
    expect(a0(shifted).repairs[0]?.offset).toBe(24);
    const after = edit(doc, {
      type: 'editBlock',
      articleId: a0(doc).id,
      blockId: block.id,
      text: 'The mayor said hello world again!',
    });
    expect(a0(after).repairs[0]?.offset).toBe(20);
    const through = edit(doc, {
      type: 'editBlock',
      articleId: a0(doc).id,
      blockId: block.id,
      text: 'The mayor said hi again',
    });
    expect(a0(through).repairs).toEqual([]);
  });

  it('undoRepair splits at the join and drops the space a Latin join inserted', () => {
    const doc = buildIssueDoc(latinIssue(), []);
    const repair = a0(doc).repairs[0]!;
    const split = edit(doc, { type: 'undoRepair', articleId: a0(doc).id, repairId: repair.id });
    expect(
      a0(split)
        .blocks.map((b) => b.text)
        .slice(0, 2),
    ).toEqual(['The mayor said hello', 'world again']);
    expect(a0(split).repairs).toEqual([]);
    expect(a0(split).status).toBe('edited');
  });

  it('acceptRepair marks the repair accepted without touching text or status', () => {
    const doc = buildIssueDoc(latinIssue(), []);
    const next = edit(doc, { type: 'acceptRepair', articleId: a0(doc).id, repairId: a0(doc).repairs[0]!.id });
    expect(a0(next).repairs[0]?.state).toBe('accepted');
    expect(a0(next).status).toBe('new');
  });

  it('splitBlock moves later repairs to the new block; joinBlocks brings them back', () => {
    const doc = buildIssueDoc(latinIssue(), []);
    const block = a0(doc).blocks[0]!;
    const split = edit(doc, { type: 'splitBlock', articleId: a0(doc).id, blockId: block.id, offset: 9 });
    const [left, right] = a0(split).blocks;
    expect([left?.text, right?.text]).toEqual(['The mayor', 'said hello world again']);
    expect(a0(split).repairs[0]).toMatchObject({ blockId: right?.id, offset: 10 });
    const joined = edit(split, { type: 'joinBlocks', articleId: a0(doc).id, blockId: left!.id });
    expect(a0(joined).blocks[0]?.text).toBe(block.text);
    expect(a0(joined).repairs[0]).toMatchObject({ blockId: block.id, offset: 20 });
  });

  it('joins CJK paragraphs without a space', () => {
    const doc = buildIssueDoc(makeIssue('cjk', 1, 2, 12), []);
    const [first, second] = a0(doc).blocks;
    const joined = edit(doc, { type: 'joinBlocks', articleId: a0(doc).id, blockId: first!.id });
    expect(a0(joined).blocks[0]?.text).toBe(first!.text + second!.text);
  });

  it('promoting a block to headline keeps the old headline in the body', () => {
    const doc = buildIssueDoc(makeIssue('promote'), []);
    const block = a0(doc).blocks[1]!;
    const next = edit(doc, {
      type: 'promoteBlock',
      articleId: a0(doc).id,
      blockId: block.id,
      role: 'headline',
    });
    expect(a0(next).headline).toBe(block.text);
    expect(a0(next).blocks[1]).toMatchObject({ kind: 'subhead', text: a0(doc).headline });
  });

  it('splits an article at a block and merges it back, keeping titles as subheads', () => {
    const doc = buildIssueDoc(makeIssue('articles', 2, 4), []);
    const split = edit(doc, { type: 'splitArticle', articleId: a0(doc).id, blockId: a0(doc).blocks[2]!.id });
    expect(split.articles).toHaveLength(3);
    expect(split.articles[1]?.blocks.map((b) => b.id)).toEqual(
      a0(doc)
        .blocks.slice(2)
        .map((b) => b.id),
    );
    const merged = edit(split, { type: 'mergeArticle', articleId: split.articles[2]!.id });
    const second = doc.articles[1]!;
    const titleBlocks = merged.articles[1]!.blocks.filter((b) => b.kind === 'subhead').map((b) => b.text);
    expect(titleBlocks).toEqual([second.headline, ...second.subheadlines]);
  });

  it('an approved article stays approved when edited; revert brings back the original text', () => {
    const doc = buildIssueDoc(makeIssue('approve'), []);
    const id = a0(doc).id;
    const approved = edit(doc, { type: 'setStatus', articleIds: [id], status: 'approved' });
    const edited = edit(approved, { type: 'setTitles', articleId: id, headline: '改', kicker: null });
    expect(a0(edited).status).toBe('approved');
    const tagged = edit(edited, { type: 'tagArticles', articleIds: [id], add: ['经济'], remove: [] });
    const reverted = edit(tagged, { type: 'revertArticle', articleId: id });
    expect(a0(reverted)).toMatchObject({
      headline: a0(doc).headline,
      kicker: a0(doc).kicker,
      tags: ['经济'],
      status: 'new',
    });
    expect(a0(reverted).blocks.map((b) => b.text)).toEqual(a0(doc).blocks.map((b) => b.text));
  });

  it('replaceText maps repair offsets past each replacement', () => {
    const doc = buildIssueDoc(latinIssue(), []);
    const next = edit(doc, { type: 'replaceText', find: 'MAYOR', replace: 'governor', matchCase: false });
    expect(a0(next).blocks[0]?.text).toBe('The governor said hello world again');
    expect(a0(next).repairs[0]?.offset).toBe(23);
    expect(
      editIssueDoc(next, next.revision, {
        type: 'replaceText',
        find: 'nowhere',
        replace: 'x',
        matchCase: true,
      }),
    ).toBeNull();
  });

  it('refuses bad references with a message naming the article', () => {
    const doc = buildIssueDoc(makeIssue('bad'), []);
    expect(() => edit(doc, { type: 'joinBlocks', articleId: 'a999', blockId: 'b1' })).toThrow(/a999/);
    const last = a0(doc).blocks.at(-1)!;
    expect(() => edit(doc, { type: 'joinBlocks', articleId: a0(doc).id, blockId: last.id })).toThrow(
      /last one/,
    );
    expect(() => edit(doc, { type: 'mergeArticle', articleId: a0(doc).id })).toThrow(/first/);
  });

  it('undo and redo step through the history and restore exactly', () => {
    const doc = buildIssueDoc(makeIssue('steps'), []);
    const one = edit(doc, { type: 'setTitles', articleId: a0(doc).id, headline: 'x' });
    const undone = stepIssueDoc(one, 'undo')!;
    expect(undone.articles).toEqual(doc.articles);
    expect(stepIssueDoc(undone, 'redo')!.articles).toEqual(one.articles);
    expect(stepIssueDoc(undone, 'undo')).toBeNull();
  });
});
