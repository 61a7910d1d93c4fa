import { describe, expect, it } from 'vitest';
import type { ExplainEntry } from '../../../../../main/segment/explain/sink';
import { segmentText } from '../../../../../main/segment/segmentText';
import { FEATURE_HEAD, RUN_ON, paragraphs, story } from './runOnFileText';

/**
 * A single title line whose phrase pair carries a kicker glued on, in a file that runs its kickers
 * on (article.pairedKickerLine, rules/articles/pairedKickerLine.ts): under a finished paragraph and
 * over a paragraph that does not open like news, it is the next story's headline line, not a
 * crosshead. A crosshead that is a pair alone, or a name beside its post, stays in the story.
 * Synthetic texts, every line apart by a blank line.
 */
const BELOW = '稻田里的鱼苗已经放下去了，村民们盼着秋天的好收成，合作社也在忙着联系买家。\n\n';

describe('a phrase pair with a kicker glued on, in a file that runs kickers on', () => {
  it('opens a new story under a finished paragraph', () => {
    const text =
      RUN_ON +
      FEATURE_HEAD +
      paragraphs(1, 40) +
      '青山县推广稻田养鱼新模式一田两用 一水双收\n\n' +
      BELOW +
      paragraphs(50, 3);
    const { articles } = segmentText(text);
    const last = articles.at(-1)!;
    expect(last.provenance?.start.rule).toBe('article.pairedKickerLine');
    expect([last.kicker, last.headline]).toEqual(['青山县推广稻田养鱼新模式', '一田两用 一水双收']);
  });

  it('leaves a pair alone and a name beside its post as crossheads', () => {
    const text =
      RUN_ON +
      FEATURE_HEAD +
      paragraphs(1, 40) +
      '一田两用 一水双收\n\n' +
      BELOW +
      paragraphs(50, 3) +
      '王大明 青山县稻田养鱼合作社理事长\n\n' +
      BELOW +
      paragraphs(60, 3);
    const { articles } = segmentText(text);
    expect(articles.map((a) => a.provenance?.start.rule)).not.toContain('article.pairedKickerLine');
  });

  it('leaves a name with a character outside the basic plane beside its post as a crosshead', () => {
    // `𠮷` is one character in two UTF-16 units: the name is three characters, no phrase of a pair.
    const text =
      RUN_ON +
      FEATURE_HEAD +
      paragraphs(1, 40) +
      '\u{20BB7}大明 青山县稻田养鱼合作社理事长\n\n' +
      BELOW +
      paragraphs(50, 3);
    const { articles } = segmentText(text);
    expect(articles.map((a) => a.provenance?.start.rule)).not.toContain('article.pairedKickerLine');
  });

  it('leaves a list cut at its last item beside a phrase as a crosshead', () => {
    // The pair's count cuts inside the list (`…英|语、体育  综合考评`): the glued phrase holds a clause comma.
    const text =
      RUN_ON +
      FEATURE_HEAD +
      paragraphs(1, 40) +
      '学校对语文、数学、英语、体育 综合考评\n\n' +
      BELOW +
      paragraphs(50, 3);
    const { articles } = segmentText(text);
    expect(articles.map((a) => a.provenance?.start.rule)).not.toContain('article.pairedKickerLine');
  });

  it('opens a new story when a clause in its kicker had the line read as text', () => {
    const entries: ExplainEntry[] = [];
    const text =
      RUN_ON +
      FEATURE_HEAD +
      paragraphs(1, 40) +
      '东湖区改造老旧小区，推动居民议事会常态化共商共建 共享新家\n\n' +
      BELOW +
      paragraphs(50, 3);
    const { articles } = segmentText(text, { explain: (e) => entries.push(e) });
    expect(
      entries.find((e) => e.decision === 'article.start' && e.rule === 'article.pairedKickerLine'),
    ).toBeTruthy();
    expect(articles.at(-1)!.blocks[0]!.text).toBe(BELOW.trim());
  });
});

describe('the same lines in a file that keeps its kickers apart', () => {
  it('open no story by their phrase pair', () => {
    const text =
      story('一座新城从规划图上站起来', 1) +
      story('一条老街找回了往日的烟火', 2) +
      FEATURE_HEAD +
      paragraphs(1, 40) +
      '青山县推广稻田养鱼新模式一田两用 一水双收\n\n' +
      BELOW +
      paragraphs(50, 3) +
      '东湖区改造老旧小区，推动居民议事会常态化共商共建 共享新家\n\n' +
      BELOW +
      paragraphs(60, 3);
    const { articles } = segmentText(text);
    expect(articles.map((a) => a.provenance?.start.rule)).not.toContain('article.pairedKickerLine');
  });
});

describe('a paired line whose sentence runs on into the line below', () => {
  // A column break cut the paragraph mid-word (`…增|长两成`): the join scorer reads the break as a sure
  // cut (startRunsOn.ts), so the line is the paragraph's first piece, read as a title (no comma) or as
  // text (a comma in its first piece). Long enough for the join scorer to be asked (CUT_MODEL_MIN_CHARS).
  const BELOW_CUT = '长两成，新落户的企业有三十多家，带动了上万人就业。\n\n';
  it.each(['新区产业链条越拉越长工业产值 比上年增', '新区产业链条越拉越长，全区工业产值 比上年增'])(
    'is a cut paragraph’s first piece: %s',
    (line) => {
      const text =
        RUN_ON +
        FEATURE_HEAD +
        paragraphs(1, 45) +
        `${line}\n\n` +
        BELOW_CUT +
        paragraphs(50, 30) +
        story('城市篮球精英联赛总决赛主队夺得冠军', 3);
      const { articles } = segmentText(text);
      expect(articles.map((a) => a.headline)).toEqual(['新区建设跑出加速度', '老街坊回来了', '主队夺得冠军']);
    },
  );
});
