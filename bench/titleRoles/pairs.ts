/**
 * Dumps the two-line Chinese title stacks of the TRAIN split's `blank` files (one layout: every layout
 * prints the same stories) with their gold roles, the roles the segmenter gave and the rule that gave
 * them, and the story's first paragraph: the material for weighing a signal between
 * kicker/headline and headline/deck (main/segment/rules/titles/kicker.ts, pairSignals.ts).
 *
 *   node --import tsx bench/titleRoles/pairs.ts [--layout blank] > /tmp/pairs.jsonl
 */
import { readFileSync } from 'node:fs';
import { corpusDir, trainFiles } from '../trainFiles';
import { segmentBytes } from '../../main/decode/readIssueFile';

const at = process.argv.indexOf('--layout');
const layout = at > 0 ? process.argv[at + 1]! : 'blank';
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/gu, '');

interface OutArticle {
  kicker: string | null;
  headline: string | null;
  subheadlines: string[];
  blocks: { kind: string; text: string }[];
  provenance?: { titles?: { rule: string } };
}

for (const { name, path, gold } of trainFiles(corpusDir(), `-${layout}.txt`)) {
  const out = segmentBytes(readFileSync(path), path).issue as unknown as { articles: OutArticle[] };
  const byTitle = new Map<string, OutArticle>();
  for (const a of out.articles)
    byTitle.set([a.kicker, a.headline, ...a.subheadlines].map(squash).join(''), a);
  for (const g of gold.articles) {
    const lines = [g.kicker, g.headline, ...(g.subheadlines ?? [])].filter((x): x is string => !!x);
    if (lines.length !== 2) continue;
    const p = byTitle.get(lines.map(squash).join(''));
    const gk = !!g.kicker;
    const pk = p ? !!p.kicker && squash(p.kicker) === squash(lines[0]) : null;
    const lead = (g.paragraphs ?? []).find((b) => b.kind === 'paragraph')?.text ?? '';
    console.log(
      JSON.stringify({
        file: name,
        a: lines[0],
        b: lines[1],
        gold: gk ? 'kh' : 'hd',
        got: p
          ? pk
            ? 'kh'
            : squash(p.headline) === squash(lines[0]) && p.subheadlines.length === 1
              ? 'hd'
              : 'other'
          : 'none',
        rule: p?.provenance?.titles?.rule ?? null,
        lead: lead.slice(0, 120),
        paras: (g.paragraphs ?? []).length,
      }),
    );
  }
}
