import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentBytes } from '../../../../main/decode/readIssueFile';
import { buildIssueDoc } from '../../../../main/store/buildIssueDoc';
import { migrateIssueDoc } from '../../../../main/store/migrateIssueDoc';
import { RULE_CODES } from '../../../../common/segment/ruleCodes';

const FIXTURE = new URL('../../../fixtures/tongzhou-2026-issue.txt', import.meta.url);
const codes = new Set<string>(RULE_CODES);

function storedDoc() {
  const { issue, warnings } = segmentBytes(readFileSync(FIXTURE), 'tongzhou.txt');
  return buildIssueDoc(issue, warnings, new Date(0));
}

describe('segmenter provenance in the store', () => {
  it('keeps rule codes, evidence and article provenance through a save and a load', () => {
    const doc = storedDoc();
    const loaded = migrateIssueDoc(JSON.parse(JSON.stringify(doc)), 'x.json');
    const repairs = loaded.articles.flatMap((a) => a.repairs);
    expect(repairs.length).toBeGreaterThan(0);
    for (const r of repairs) {
      expect(codes.has(r.reason)).toBe(true);
      expect(r.evidence).toMatch(/^prev ends ., next starts ./u);
    }
    for (const a of loaded.articles) {
      expect(codes.has(a.provenance?.start.rule ?? '')).toBe(true);
      if (a.headline !== null) expect(codes.has(a.provenance?.titles?.rule ?? '')).toBe(true);
    }
    expect(loaded.original.articles[0]?.provenance?.blocks).toHaveLength(
      loaded.original.articles[0]?.blocks.length ?? -1,
    );
  });

  it('reads the English reasons of issues stored by older segmenters as codes', () => {
    const doc = JSON.parse(JSON.stringify(storedDoc()));
    const old = 'no sentence end before the break';
    for (const a of doc.articles) for (const r of a.repairs) r.reason = old;
    for (const a of doc.original.articles) {
      delete a.provenance;
      for (const r of a.repairs) r.reason = old;
    }
    doc.history.undo.push({ label: 'x', size: 1, patch: { articles: { a1: doc.articles[0] }, order: null } });
    const loaded = migrateIssueDoc(doc, 'old.json');
    const all = [
      ...loaded.articles.flatMap((a) => a.repairs),
      ...loaded.original.articles.flatMap((a) => a.repairs),
      ...(loaded.history.undo[0]?.patch.articles.a1?.repairs ?? []),
    ];
    expect(all.length).toBeGreaterThan(2);
    for (const r of all) expect(r.reason).toBe('join.midSentence');
  });

  it('shows a reason it cannot map as written', () => {
    const doc = JSON.parse(JSON.stringify(storedDoc()));
    doc.articles[0].repairs[0].reason = 'a reason from elsewhere';
    expect(migrateIssueDoc(doc, 'x.json').articles[0]?.repairs[0]?.reason).toBe('a reason from elsewhere');
  });
});
