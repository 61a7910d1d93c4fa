import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EditOp } from '../../../../preload/api';
import type { IssueDoc } from '../../../../main/store/IssueDoc';
import { segmentBytes } from '../../../../main/decode/readIssueFile';
import { buildIssueDoc } from '../../../../main/store/buildIssueDoc';
import { editIssueDoc, stepIssueDoc } from '../../../../main/store/editIssueDoc';
import { serializeIssueDoc as pieces } from '../../../../main/store/serializeIssueDoc';

const serializeIssueDoc = (doc: IssueDoc) =>
  Buffer.concat([...pieces(doc)].map((piece) => (typeof piece === 'string' ? Buffer.from(piece) : piece)));

/** The layout issue files have always had: the doc without `original`, then `original` last. */
function reference(doc: IssueDoc): Buffer {
  const { original, ...rest } = doc;
  return Buffer.from(`${JSON.stringify(rest).slice(0, -1)},"original":${JSON.stringify(original)}}`, 'utf8');
}

const FIXTURE = new URL('../../../fixtures/tongzhou-2026-issue.txt', import.meta.url);

describe('serializeIssueDoc', () => {
  it('writes the same bytes as stringifying the whole doc, before and after edits and undo', () => {
    const { issue, warnings } = segmentBytes(readFileSync(FIXTURE), '/in/issue.txt');
    let doc = buildIssueDoc(issue, warnings, new Date(0));
    expect(serializeIssueDoc(doc).equals(reference(doc))).toBe(true);
    const [a, b] = doc.articles;
    if (!a || !b) throw new Error('fixture has too few articles');
    const ops: EditOp[] = [
      { type: 'editBlock', articleId: a.id, blockId: a.blocks[0]?.id ?? '', text: '改\ud800 "quoted" \\ ✓' },
      { type: 'setStatus', articleIds: [b.id], status: 'approved' },
      { type: 'tagArticles', articleIds: [a.id, b.id], add: ['经济'], remove: [] },
      { type: 'mergeArticle', articleId: b.id },
    ];
    for (const op of ops) {
      doc = editIssueDoc(doc, doc.revision, op) ?? doc;
      expect(serializeIssueDoc(doc).equals(reference(doc))).toBe(true);
    }
    for (const step of ['undo', 'undo', 'redo'] as const) {
      doc = stepIssueDoc(doc, step) ?? doc;
      expect(serializeIssueDoc(doc).equals(reference(doc))).toBe(true);
    }
    expect(JSON.parse(serializeIssueDoc(doc).toString('utf8'))).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});
