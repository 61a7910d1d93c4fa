import { describe, expect, it } from 'vitest';
import { colonBefore } from '../../../../main/segment/rules/titles/kickerModel';

describe('kicker scorer: a cut inside the clause a colon opens moves back to the colon', () => {
  it('moves a cut inside the statement to just after the colon', () => {
    const text = '某某办：甲方推动乙方合作 共建丙丁';
    expect(colonBefore(text, text.indexOf('合作'))).toBe(text.indexOf('：') + 1);
  });
  it('leaves a cut after the statement clause has ended on a comma', () => {
    const text = '某项成果发表：机器读懂文书，准确率超过新手小城医生也有帮手';
    expect(colonBefore(text, text.indexOf('小城'))).toBeNull();
  });
  it('leaves a cut right after the colon and a line without a colon alone', () => {
    const text = '某某办：甲方推动乙方合作';
    expect(colonBefore(text, text.indexOf('：') + 1)).toBeNull();
    expect(colonBefore('甲地举办灯会点亮节日', 6)).toBeNull();
  });
});
