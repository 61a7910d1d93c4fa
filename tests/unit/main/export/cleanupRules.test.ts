import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CleanupRule } from '../../../../preload/api';
import { CLEANUP_RULES } from '../../../../preload/api';
import { cleanText } from '../../../../main/export/cleanup/cleanText';
import type { TextRole } from '../../../../main/export/cleanup/CleanupContext';

const ALL = new Set<CleanupRule>(CLEANUP_RULES);

/** [rule, input, expected, role?, joins?] — one row per behaviour or exception. */
const cases: [CleanupRule, string, string, TextRole?, number[]?][] = [
  // fullwidthPunctuation: the marks
  ['fullwidthPunctuation', '昨天下午,通州区召开会议', '昨天下午，通州区召开会议'],
  ['fullwidthPunctuation', '推进;落实', '推进；落实'],
  ['fullwidthPunctuation', '他说:好', '他说：好'],
  ['fullwidthPunctuation', '真是帮我省了大事!北京', '真是帮我省了大事！北京'],
  ['fullwidthPunctuation', '玩得开心又安全?近日', '玩得开心又安全？近日'],
  ['fullwidthPunctuation', '你好 , 世界', '你好，世界'],
  ['fullwidthPunctuation', '增长10%,经济总量', '增长10%，经济总量'],
  ['fullwidthPunctuation', '注意:10点开始', '注意：10点开始'],
  ['fullwidthPunctuation', '委员”,和群众', '委员”，和群众'],
  // …and what they leave alone
  ['fullwidthPunctuation', '共1,200人参加', '共1,200人参加'],
  ['fullwidthPunctuation', '增长3.5个百分点', '增长3.5个百分点'],
  ['fullwidthPunctuation', '上午10:30开始', '上午10:30开始'],
  ['fullwidthPunctuation', '名为Beijing Daily, Inc.的公司', '名为Beijing Daily, Inc.的公司'],
  ['fullwidthPunctuation', 'Hello, world! Are you there?', 'Hello, world! Are you there?'],
  ['fullwidthPunctuation', '访问https://example.com/a?b=1,2:3查询', '访问https://example.com/a?b=1,2:3查询'],
  ['fullwidthPunctuation', '邮箱news@example.com,欢迎来信', '邮箱news@example.com，欢迎来信'],
  // brackets
  ['fullwidthPunctuation', '系统党(工)委书记', '系统党（工）委书记'],
  ['fullwidthPunctuation', '本报讯(记者 柴福娟)近日', '本报讯（记者 柴福娟）近日'],
  ['fullwidthPunctuation', '萌蒂(China)制药', '萌蒂（China）制药'],
  ['fullwidthPunctuation', 'see (page 2) here', 'see (page 2) here'],
  ['fullwidthPunctuation', '1)首先', '1)首先'],
  // quotes, ellipsis, dash
  ['fullwidthPunctuation', '他说"你好"。', '他说“你好”。'],
  ['fullwidthPunctuation', 'He said "hello".', 'He said "hello".'],
  ['fullwidthPunctuation', '生动缩影...近日', '生动缩影……近日'],
  ['fullwidthPunctuation', '生动缩影…近日', '生动缩影……近日'],
  ['fullwidthPunctuation', '生动缩影……近日', '生动缩影……近日'],
  ['fullwidthPunctuation', 'wait... what', 'wait... what'],
  ['fullwidthPunctuation', '成绩单—工业', '成绩单——工业'],
  ['fullwidthPunctuation', '成绩单--工业', '成绩单——工业'],
  ['fullwidthPunctuation', '成绩单——工业', '成绩单——工业'],
  ['fullwidthPunctuation', 'well--known', 'well--known'],
  ['fullwidthPunctuation', '2025--2026', '2025--2026'],
  // cjkSpaces: body only, names kept
  ['cjkSpaces', '中 国 人民', '中国人民'],
  ['cjkSpaces', '推进。 下一步', '推进。下一步'],
  ['cjkSpaces', '本报讯（记者 金耀飞 王倚剑）昨天', '本报讯（记者 金耀飞 王倚剑）昨天'],
  ['cjkSpaces', '安全提示。 记者 唐建/摄', '安全提示。记者 唐建/摄'],
  ['cjkSpaces', 'iPhone 15 发布', 'iPhone 15 发布'],
  ['cjkSpaces', '凝聚共识 共商城市副中心发展', '凝聚共识 共商城市副中心发展', 'title'],
  ['cjkSpaces', '本报记者 曲经纬', '本报记者 曲经纬', 'note'],
  // English
  ['softHyphens', 'news\u00ADpaper', 'newspaper'],
  ['rejoinHyphenated', 'still miss-ins. The', 'still missins. The', 'body', [11]],
  ['rejoinHyphenated', 'still miss- ins. The', 'still missins. The', 'body', [12]],
  // A soft hyphen after the line-end hyphen is looked through, on either side of the join.
  ['rejoinHyphenated', 'still miss-\u00ADins. The', 'still missins. The', 'body', [11]],
  ['rejoinHyphenated', 'still miss-\u00ADins. The', 'still missins. The', 'body', [12]],
  ['rejoinHyphenated', 'still miss\u00AD-ins. The', 'still miss\u00ADins. The', 'body', [12]],
  ['rejoinHyphenated', 'the Franco-Prussian war', 'the Franco-Prussian war', 'body', [11]],
  ['rejoinHyphenated', 'a well-known fact', 'a well-known fact', 'body', []],
];

describe('clean-up rules', () => {
  it.each(cases)('%s: %j → %j', (rule, input, expected, role = 'body', joins = []) => {
    const result = cleanText(input, new Set([rule]), { role, joins, keep: [] });
    expect(result.text).toBe(expected);
    expect(result.counts[rule] > 0).toBe(input !== expected);
  });

  it('leaves text alone when the rule is off', () => {
    expect(cleanText('你好,世界', new Set(), { role: 'body', joins: [], keep: [] }).text).toBe('你好,世界');
  });

  it('keeps the byline as printed when asked to', () => {
    const text = '文/张三 李四 昨天 下午';
    const result = cleanText(text, ALL, { role: 'body', joins: [], keep: ['文/张三 李四'] });
    expect(result.text).toBe('文/张三 李四昨天下午');
  });

  it('moves a join offset along with the text', () => {
    const text = '中 国,人民miss-ins';
    const result = cleanText(text, ALL, { role: 'body', joins: [text.indexOf('ins')], keep: [] });
    expect(result.text).toBe('中国，人民missins');
    expect(result.mapOffset(text.indexOf('ins'))).toBe(result.text.indexOf('ins'));
  });
});

const body = { role: 'body' as const, joins: [], keep: [] };
const clean = (text: string, rules: Iterable<CleanupRule> = ALL) => cleanText(text, new Set(rules), body);

describe('item 8: export clean-up never deletes content spaces', () => {
  it.each([
    ['新华社北京1月5日电\u3000记者王某报道', '新华社北京1月5日电\u3000记者王某报道'],
    ['新华社北京1月5日电 记者王某报道', '新华社北京1月5日电 记者王某报道'],
    ['本报讯 今年以来，全区', '本报讯 今年以来，全区'],
    ['会议指出\u3000要坚持\u3000\u3000稳中求进', '会议指出\u3000要坚持\u3000\u3000稳中求进'],
    ['他说,\u3000我们', '他说，\u3000我们'],
  ])('%j keeps its spaces (every rule on)', (input, expected) => {
    expect(clean(input).text).toBe(expected);
  });

  it('still removes a stray halfwidth space between Chinese characters in a paragraph', () => {
    expect(clean('会议指出 要坚持稳中 求进', ['cjkSpaces']).text).toBe('会议指出要坚持稳中求进');
  });
});

describe('item 9: English inside Chinese, sentence-final stops, halfwidth marks in numbers and addresses', () => {
  it.each([
    ['他说"Hello, world!"然后离开', '他说“Hello, world!”然后离开'],
    ['标语写着“Keep calm; carry on...”。', '标语写着“Keep calm; carry on...”。'],
  ])('quoted English keeps its halfwidth punctuation: %j', (input, expected) => {
    expect(clean(input).text).toBe(expected);
  });

  it.each([
    ['会议结束.明天放假', '会议结束。明天放假', 1],
    ['会议结束.', '会议结束。', 1],
    ['他说“好”. 然后', '他说“好”。 然后', 1],
    ['增长3.5个百分点', '增长3.5个百分点', 0],
    ['下载report.docx文件', '下载report.docx文件', 0],
    ['请看……', '请看……', 0],
  ])('chineseFullStop: %j → %j', (input, expected, changes) => {
    const result = clean(input, ['chineseFullStop']);
    expect(result.text).toBe(expected);
    expect(result.counts.chineseFullStop).toBe(changes);
  });

  it.each([
    ['上午8：00开始', '上午8:00开始'],
    ['比分3：1', '比分3:1'],
    ['增长3。5个百分点', '增长3.5个百分点'],
    ['增长3．5个百分点', '增长3.5个百分点'],
    ['详见http：//www．example．com网站', '详见http://www.example.com网站'],
    ['来信请寄news＠example．cn。', '来信请寄news@example.cn。'],
    ['附件report。docx已发', '附件report.docx已发'],
    ['会议：下午召开。5日结束', '会议：下午召开。5日结束'],
  ])('halfwidthTechnical: %j → %j', (input, expected) => {
    const result = clean(input, ['halfwidthTechnical']);
    expect(result.text).toBe(expected);
    expect(result.counts.halfwidthTechnical > 0).toBe(input !== expected);
  });

  it('each rule can be switched off on its own', () => {
    const text = '上午8：00开会.';
    expect(clean(text, ['fullwidthPunctuation', 'chineseFullStop']).text).toBe('上午8：00开会。');
    expect(clean(text, ['fullwidthPunctuation', 'halfwidthTechnical']).text).toBe('上午8:00开会.');
  });
});

describe('clean-up is idempotent', () => {
  const pieces = fc.constantFrom(
    '中',
    '国',
    '人',
    'a',
    'B',
    '1',
    '2',
    ',',
    ';',
    ':',
    '!',
    '?',
    '(',
    ')',
    '"',
    '.',
    '...',
    '…',
    '。',
    '：',
    '．',
    '＠',
    'report.docx',
    'http：//x．cn',
    '电 ',
    '—',
    '-',
    '--',
    ' ',
    '\u3000',
    '\u00AD',
    '，',
    '“',
    '”',
    '（',
    '）',
    'http://x.cn/a,b',
    '记者',
    '/摄',
    '𠀀',
  );
  const texts = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(''));

  it('applying every rule twice gives the same text as once', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom<TextRole>('body', 'title', 'note'), (text, role) => {
        const once = cleanText(text, ALL, { role, joins: [], keep: [] });
        const twice = cleanText(once.text, ALL, { role, joins: [], keep: [] });
        expect(twice.text).toBe(once.text);
      }),
      { numRuns: 2000 },
    );
  });

  it('a second pass with the moved joins rejoins nothing more', () => {
    fc.assert(
      fc.property(texts, fc.nat(), (text, seed) => {
        const join = text.length === 0 ? 0 : seed % (text.length + 1);
        const once = cleanText(text, ALL, { role: 'body', joins: [join], keep: [] });
        const twice = cleanText(once.text, ALL, { role: 'body', joins: [once.mapOffset(join)], keep: [] });
        expect(twice.text).toBe(once.text);
      }),
      { numRuns: 2000 },
    );
  });
});
