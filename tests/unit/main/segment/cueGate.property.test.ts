import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CUE_PATTERNS, mayHoldCue } from '../../../../main/segment/rules/titles/kickerInLine';

/**
 * mayHoldCue gates the kicker cue expressions (who spoke, a sports event, an issuer) on the characters
 * each needs: it may let through text no expression matches, never hold back text one matches.
 */
describe('mayHoldCue', () => {
  it('lets through every text a cue expression matches', () => {
    // The expressions' own characters, a few the gate reads (比 before 赛), spaces and common Han.
    const chars = fc.constantFrom(
      ...'强调指出表示希望锦标世大奖巡回公开联杯满贯赛比制总决半资格战罢首局第一回合站落幕闭开印发台布下意见通知新规定办法实施方案文件，。：“”《 \u3000王国办部门'.split(
        '',
      ),
    );
    const text = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.array(chars, { maxLength: 30 }).map((cs) => cs.join('')),
    );
    fc.assert(
      fc.property(text, (s) => {
        if (CUE_PATTERNS.some((re) => re.test(s))) expect(mayHoldCue(s)).toBe(true);
      }),
      { numRuns: 30000 },
    );
    for (const cue of ['市长强调', '国际田联锦标赛', '三部门印发实施方案', '多地出台办法']) {
      expect(CUE_PATTERNS.some((re) => re.test(cue))).toBe(true);
      expect(mayHoldCue(cue)).toBe(true);
    }
    expect(mayHoldCue('春耕时节农机忙')).toBe(false);
  });
});
