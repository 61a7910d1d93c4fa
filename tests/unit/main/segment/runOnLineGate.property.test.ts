import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../../main/segment/layout';
import { splitLines, type Line } from '../../../../main/segment/lines';
import { LINE_RULES, PRE_LAYOUT_RULES } from '../../../../main/segment/rules';
import { kickerCut, lineOfRunOnFile } from '../../../../main/segment/rules/titles/kickerInLine';
import { FEATURE_HEAD, RUN_ON, paragraphs, story } from './families/runOnFileText';

/**
 * pairedKickerText (rules/articles/pairedKickerLine.ts) asks lineOfRunOnFile before its shape test,
 * on the ground that kickerCut is null for every line of a file that does not run kickers on. Over
 * random files of run-on stories, stories that keep their kickers apart, paired title lines and
 * paragraphs: every line kickerCut cuts is a line of a run-on file, and a file either has all its
 * lines so or none.
 */
function markedLines(text: string): Line[] {
  const lines = splitLines(text);
  for (const rule of PRE_LAYOUT_RULES) rule.apply(lines);
  const layout = detectLayout(lines);
  for (const rule of LINE_RULES) rule.apply(lines, layout);
  return lines;
}

const piece = fc.constantFrom(
  RUN_ON,
  story('一座新城从规划图上站起来', 1),
  story('一条老街找回了往日的烟火', 2),
  FEATURE_HEAD,
  paragraphs(1, 3),
  '青山县推广稻田养鱼新模式一田两用 一水双收\n\n',
  '东湖区改造老旧小区，推动居民议事会常态化共商共建 共享新家\n\n',
  '一田两用 一水双收\n\n',
  '区委书记在全区大会上强调抓实基层党建\n\n',
);

describe('lineOfRunOnFile', () => {
  it('holds every line kickerCut cuts, and all of a file or none of it', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), (pieces) => {
        const lines = markedLines(pieces.join(''));
        const marked = lines.filter(lineOfRunOnFile).length;
        expect(marked === 0 || marked === lines.length).toBe(true);
        for (const line of lines) if (kickerCut(line) !== null) expect(lineOfRunOnFile(line)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('holds the lines of a file that runs kickers on, and none of one that keeps them apart', () => {
    const runOn = markedLines(RUN_ON + FEATURE_HEAD + paragraphs(1, 3));
    expect(runOn.every(lineOfRunOnFile)).toBe(true);
    expect(runOn.some((line) => kickerCut(line) !== null)).toBe(true);
    const apart = markedLines(story('一座新城从规划图上站起来', 1) + paragraphs(1, 3));
    expect(apart.some(lineOfRunOnFile)).toBe(false);
  });
});
