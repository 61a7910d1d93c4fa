import { describe, expect, it } from 'vitest';
import { signsOff } from '../../../../../main/segment/rules/credits/signOff';
import { headlines } from '../support/synthetic';

/**
 * Issue 14, article starts where nothing sets articles apart: a reader's signature or a column's
 * contact address closes a piece without a full stop, so the flush title lines right under it open
 * the next article instead of continuing the line. Synthetic texts.
 */
const P = '\u3000\u3000';

/** A letters column as the paper's site prints it: crossheads indented like the paragraphs. */
const LETTER =
  `读者来信\n${P}路灯该修了\n${P}小区门口的路灯坏了一个多月，晚上出行很不方便，希望有关部门尽快修好。\n` +
  `${P}我们也愿意配合做好相关工作。\n${P}公交站该挪了\n${P}新建的公交站离路口太近，常常堵车。\n` +
  `${P}建议挪到前面的空地上。\n${P}垃圾桶该加了\n${P}公园里的垃圾桶太少，节假日常常满溢。\n`;
const NEXT = `${P}全市绿道近日全线贯通，市民休闲有了好去处。\n${P}绿道串起了十多个公园。\n`;

describe('a line that signs a piece off', () => {
  it('a reader’s signature and an address at the end of a contact line sign off', () => {
    expect(signsOff('江苏南通市  李明')).toBe(true);
    expect(signsOff('浙江杭州市西湖区 王小红')).toBe(true);
    expect(signsOff('河北保定市  张明  李华')).toBe(true);
    expect(signsOff('（综合本报记者张明、李华报道）')).toBe(true);
    expect(signsOff('栏目投稿邮箱：duzhe2026@example.com')).toBe(true);
    expect(signsOff('张\u00a0\u00a0林图\u00a0\u00a0王小明文')).toBe(true);
    expect(signsOff('欢迎访问 https://example.com/news')).toBe(true);
  });

  it('a line cut mid-sentence or a plain place name does not', () => {
    expect(signsOff('记者来到江苏南通市')).toBe(false);
    expect(signsOff('江苏南通市  李明说，路灯已经修好了')).toBe(false);
    expect(signsOff('他打开地图 看了看说明文')).toBe(false);
    expect(signsOff('（二）加快建设')).toBe(false);
  });

  it('the flush headline under a reader’s signature opens the next article', () => {
    const text = `${LETTER}${P}江苏南通市  李明\n城市绿道全线贯通\n${NEXT}`;
    expect(headlines(text)).toEqual(['读者来信', '城市绿道全线贯通']);
  });

  it('a one-line headline under a contact address opens the next article', () => {
    const text = `${LETTER}${P}栏目投稿邮箱：duzhe2026@example.com\n绿道通了\n${NEXT}`;
    expect(headlines(text)).toEqual(['读者来信', '绿道通了']);
  });
});
