import { describe, expect, it } from 'vitest';
import type { ExplainEntry } from '../../../../../main/segment/explain/sink';
import { segmentText } from '../../../../../main/segment/segmentText';
import { FEATURE_HEAD, RUN_ON, paragraphs, story } from './runOnFileText';

/**
 * A lead-in kicker line in a file that runs its kickers on (article.kickerLeadInLine,
 * rules/titles/leadInTitle.ts) against a paragraph a column break cut after its dash clause: where
 * the join scorer reads the break after the line as a sure cut (startRunsOn.ts), the line is the
 * paragraph's first piece and the story goes on. Synthetic texts, every line apart by a blank line;
 * the feature is long enough (CUT_MODEL_MIN_CHARS) for the join scorer to be asked.
 */

describe('a line cut after its dash clause in a file that runs kickers on', () => {
  it('is a cut paragraph’s first piece when the sentence runs on into the line below', () => {
    const entries: ExplainEntry[] = [];
    const text =
      RUN_ON +
      FEATURE_HEAD +
      paragraphs(1, 45) +
      '新区的产业链在拉长——去年全区工业产值比上年增\n\n长两成，新落户的企业有三十多家，带动了上万人就业。\n\n' +
      paragraphs(50, 30) +
      story('城市篮球精英联赛总决赛主队夺得冠军', 3);
    const { articles } = segmentText(text, { explain: (e) => entries.push(e) });
    // Without the veto the piece before the break opened a story of its own (`新区的产业链在拉长——`
    // as its kicker) and the line below went to it as its text.
    expect(articles.map((a) => a.headline)).toEqual(['新区建设跑出加速度', '老街坊回来了', '主队夺得冠军']);
    expect(entries.some((e) => e.rule === 'article.kickerLeadInLine')).toBe(false);
    expect(articles[1]!.blocks.map((b) => b.text)).toContain(
      '新区的产业链在拉长——去年全区工业产值比上年增长两成，新落户的企业有三十多家，带动了上万人就业。',
    );
  });

  it('still opens a story where a lead starts under the line', () => {
    const text =
      RUN_ON +
      FEATURE_HEAD +
      paragraphs(1, 75) +
      '湖边小村——农家乐生意挺红火\n\n2月10日，走进湖边小村，农家乐的院子里坐满了游客。\n\n村里的干部说，今年来的游客比往年多了一倍。\n\n';
    const { articles } = segmentText(text);
    expect(articles.at(-1)!.provenance?.start.rule).toBe('article.kickerLeadInLine');
    expect(articles.map((a) => [a.kicker, a.headline]).at(-1)).toEqual(['湖边小村——', '农家乐生意挺红火']);
  });
});
