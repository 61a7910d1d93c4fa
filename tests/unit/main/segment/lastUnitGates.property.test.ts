import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Line } from '../../../../main/segment/lines';
import { closedByAddress } from '../../../../main/segment/rules/articles/afterStoryEnd';
import { isSectionLine } from '../../../../main/segment/rules/groups/sectionLine';
import { COLUMN_TAG } from '../../../../main/segment/rules/titles/titleMarks';
import { lastVisibleUnit } from '../../../../main/segment/text';
import { SPACED_LABEL_MAX_CHARS } from '../../../../main/segment/thresholds';

/**
 * closedByAddress and isSectionLine skip their expressions when a line's last visible unit cannot
 * end a match (lastVisibleUnit). Their definitions, the code the gates were put before, are spelled
 * out here; the gated functions must answer as they do on any text.
 */
const MAIL_END = /[\w.+-]+[@＠][\w-]+(?:\.[\w-]+)+$/u;
const MAILBOX_LABEL = /(?:邮箱|信箱)\s*[:：]/u;
function closedByAddressDefinition(line: Line, above: Line | null): boolean {
  if (line.kind !== 'body' || !MAIL_END.test(line.body.trim())) return false;
  return MAILBOX_LABEL.test(line.body) || (above !== null && MAILBOX_LABEL.test(above.body));
}

const SECTION_LINE =
  /^(?:第[一二三四五六七八九十百零\d]{1,4}[章节编部](?:[\s\u3000].{0,30})?|核心阅读|阅读提示|编者的话|记者手记|延伸阅读|相关链接)$/u;
const SPACED_LABEL = /^(?:链接|相关链接|延伸阅读|核心阅读|阅读提示|编者的话|记者手记)$/u;
function isSectionLineDefinition(body: string): boolean {
  if (SECTION_LINE.test(body)) return true;
  return body.length <= SPACED_LABEL_MAX_CHARS && SPACED_LABEL.test(body.replace(/[\s\u3000\u00a0]+/gu, ''));
}

const spaces = fc.constantFrom('', ' ', '\u3000', '\t', '\u00a0', ' \u2028');
/** Text over the characters the expressions name, with spaces inside and at either end. */
function textOver(chars: string, maxLength: number): fc.Arbitrary<string> {
  return fc
    .tuple(spaces, fc.array(fc.constantFrom(...chars.split('')), { maxLength }), spaces)
    .map(([a, cs, z]) => a + cs.join('') + z);
}

describe('lastVisibleUnit', () => {
  it('is the last unit of the trimmed text (NaN for none)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 12 }), textOver('a。 \u3000', 6)), (s) => {
        const t = s.trim();
        expect(lastVisibleUnit(s)).toBe(t.length > 0 ? t.charCodeAt(t.length - 1) : Number.NaN);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('closedByAddress', () => {
  it('answers as its definition on any body line', () => {
    const chars = 'ab_9-.+@＠邮箱信：:投稿。写 \u3000的';
    const addressed = fc
      .tuple(textOver(chars, 10), fc.constantFrom('x@163.com', 'a.b@c-d.cn', '@x', 'a@b.', 'a＠b.c'), spaces)
      .map(([a, m, z]) => a + m + z);
    const body = fc.oneof(fc.string({ maxLength: 16 }), textOver(chars, 20), addressed);
    fc.assert(
      fc.property(body, fc.option(body, { nil: null }), (text, aboveText) => {
        const line = { body: text, kind: 'body' } as Line;
        const above = aboveText === null ? null : ({ body: aboveText, kind: 'body' } as Line);
        expect(closedByAddress(line, above)).toBe(closedByAddressDefinition(line, above));
      }),
      { numRuns: 20000 },
    );
    expect(closedByAddress({ body: '栏目投稿邮箱：abc@163.com', kind: 'body' } as Line, null)).toBe(true);
  });
});

describe('isSectionLine', () => {
  it('answers as its definition on any line', () => {
    const chars = '链接相关延伸阅读核心提示编者的话记手第一章节 \u3000\u00a0';
    const spaced = fc
      .constantFrom('链接', '相关链接', '延伸阅读', '核心阅读', '阅读提示', '编者的话', '记者手记')
      .chain((label) =>
        fc
          .array(spaces, { minLength: label.length + 1, maxLength: label.length + 1 })
          .map((gaps) => gaps.map((g, i) => g + (label[i] ?? '')).join('')),
      );
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 12 }), textOver(chars, 12), spaced), (body) => {
        expect(isSectionLine(body)).toBe(isSectionLineDefinition(body));
      }),
      { numRuns: 20000 },
    );
    expect(isSectionLine('链  接')).toBe(true);
    expect(isSectionLine('核 心 阅 读')).toBe(true);
  });
});

describe('COLUMN_TAG', () => {
  // namesFileColumn (stackEnd.ts) and pictureColumns read only lines ending on `）` or `)`.
  it('matches only text ending on a closing bracket', () => {
    const chars = '（）()“”专栏走基层·的一天 \u3000';
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 16 }), textOver(chars, 24)), (s) => {
        if (COLUMN_TAG.test(s)) expect(['）', ')']).toContain(s.at(-1));
      }),
      { numRuns: 20000 },
    );
    expect(COLUMN_TAG.test('标题（走基层）')).toBe(true);
  });
});
