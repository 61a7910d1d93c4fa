import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { EditOp, StoredArticle } from '../../../../preload/api';
import type { IssueDoc } from '../../../../main/store/IssueDoc';
import { AppError } from '../../../../main/errors';
import { buildIssueDoc } from '../../../../main/store/buildIssueDoc';
import { editIssueDoc, stepIssueDoc } from '../../../../main/store/editIssueDoc';
import { makeIssue } from '../../../support/makeIssue';

const OP_TYPES: EditOp['type'][] = [
  'editBlock',
  'joinBlocks',
  'splitBlock',
  'setBlockKind',
  'replaceBlock',
  'acceptRepair',
  'undoRepair',
  'setTitles',
  'promoteBlock',
  'splitArticle',
  'mergeArticle',
  'tagArticles',
  'setStatus',
  'replaceText',
  'revertArticle',
  'resolveRepairs',
  'setTitleRole',
];
const seed = fc.record({
  type: fc.constantFrom(...OP_TYPES),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
  text: fc.constantFrom('经济', '改写的段落。', 'Hello world', '', ' 空格 ', '社会经济'),
});
type Seed = typeof seed extends fc.Arbitrary<infer T> ? T : never;

/** A concrete op for the issue as it is now, from random numbers; null when it has nothing to act on. */
function opFor(doc: IssueDoc, s: Seed): EditOp | null {
  const article = doc.articles[s.a % doc.articles.length] as StoredArticle;
  const block = article.blocks[s.b % Math.max(1, article.blocks.length)];
  const repair = article.repairs[s.c % Math.max(1, article.repairs.length)];
  const articleId = article.id;
  switch (s.type) {
    case 'editBlock':
      return block ? { type: s.type, articleId, blockId: block.id, text: s.text } : null;
    case 'joinBlocks':
      return block ? { type: s.type, articleId, blockId: block.id } : null;
    case 'splitBlock':
      return block
        ? { type: s.type, articleId, blockId: block.id, offset: s.c % (block.text.length + 1) }
        : null;
    case 'setBlockKind':
      return block
        ? { type: s.type, articleId, blockId: block.id, kind: s.c % 2 ? 'subhead' : 'caption' }
        : null;
    case 'replaceBlock':
      return block ? { type: s.type, articleId, blockId: block.id, texts: [s.text, '第二段'] } : null;
    case 'acceptRepair':
    case 'undoRepair':
      return repair ? { type: s.type, articleId, repairId: repair.id } : null;
    case 'setTitles':
      return { type: s.type, articleId, headline: s.c % 3 ? s.text : null, subheadlines: [s.text] };
    case 'promoteBlock':
      return block
        ? {
            type: s.type,
            articleId,
            blockId: block.id,
            role: (['kicker', 'headline', 'subheadline'] as const)[s.c % 3]!,
          }
        : null;
    case 'splitArticle':
      return block ? { type: s.type, articleId, blockId: block.id } : null;
    case 'mergeArticle':
    case 'revertArticle':
      return { type: s.type, articleId };
    case 'tagArticles':
      return { type: s.type, articleIds: [articleId], add: [`t${s.c % 4}`], remove: [`t${s.b % 4}`] };
    case 'setStatus':
      return {
        type: s.type,
        articleIds: [articleId],
        status: (['new', 'edited', 'approved'] as const)[s.c % 3]!,
      };
    case 'replaceText':
      return { type: s.type, find: s.text || '经济', replace: '民生', matchCase: s.c % 2 === 0 };
    case 'setTitleRole': {
      const from = (['kicker', 'headline', 'subheadline'] as const)[s.b % 3]!;
      const has = from === 'subheadline' ? article.subheadlines.length > 0 : !!article[from];
      const to = (['kicker', 'headline', 'subheadline', 'paragraph', 'subhead'] as const)[s.c % 5]!;
      return has ? { type: s.type, articleId, from, index: 0, to } : null;
    }
    case 'resolveRepairs':
      return repair
        ? {
            type: s.type,
            reason: repair.reason,
            action: s.c % 2 ? 'accept' : 'reject',
            articleIds: s.b % 2 ? [articleId] : undefined,
          }
        : null;
  }
}

/** Ids unique across the issue; every repair points at a block of its article, inside its text. */
function checkInvariants(doc: IssueDoc): void {
  const ids = doc.articles.flatMap((a) => [
    a.id,
    ...a.blocks.map((b) => b.id),
    ...a.repairs.map((r) => r.id),
  ]);
  expect(new Set(ids).size).toBe(ids.length);
  for (const article of doc.articles) {
    for (const repair of article.repairs) {
      const block = article.blocks.find((b) => b.id === repair.blockId);
      expect(block, `repair ${repair.id} of ${article.id}`).toBeDefined();
      expect(repair.offset).toBeGreaterThan(0);
      expect(repair.offset).toBeLessThan(block!.text.length);
    }
  }
}

describe('edit history (property)', () => {
  it('any sequence of edits followed by as many undos gives back the imported issue, and redo replays it', () => {
    const imported = buildIssueDoc(makeIssue('property', 4, 3, 40), []);
    fc.assert(
      fc.property(fc.array(seed, { maxLength: 40 }), (seeds) => {
        let doc = imported;
        let steps = 0;
        for (const s of seeds) {
          const op = opFor(doc, s);
          if (!op) continue;
          try {
            const next = editIssueDoc(doc, doc.revision, op);
            if (next) {
              doc = next;
              steps += 1;
              checkInvariants(doc);
            }
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
          }
        }
        const edited = doc.articles;
        for (let i = 0; i < steps; i += 1) doc = stepIssueDoc(doc, 'undo') ?? doc;
        expect(doc.articles).toEqual(imported.articles);
        expect(stepIssueDoc(doc, 'undo')).toBeNull();
        for (let i = 0; i < steps; i += 1) doc = stepIssueDoc(doc, 'redo') ?? doc;
        expect(doc.articles).toEqual(edited);
      }),
      { numRuns: 300 },
    );
  });
});
