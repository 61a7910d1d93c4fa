import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { safeFileName } from '../../../../main/export/naming/safeFileName';
import { fileNameFromPattern } from '../../../../main/export/naming/fileNameFromPattern';
import { uniqueNames } from '../../../../main/export/plan/uniqueNames';

const bytes = (text: string) => new TextEncoder().encode(text).length;

/** What every name we hand to the file system must satisfy. */
function expectSafe(name: string) {
  expect(name).not.toMatch(/[/\\:*?"<>|\p{Cc}]/u);
  expect(name).not.toContain('..');
  expect(name).not.toMatch(/^[.\s]|[.\s]$/u);
  expect(name).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i);
  expect(name.length).toBeGreaterThan(0);
  expect(bytes(name)).toBeLessThanOrEqual(200);
  expect(name).toBe(name.normalize('NFC'));
  // Never a lone surrogate: the name survives a UTF-8 round trip unchanged.
  expect(new TextDecoder().decode(new TextEncoder().encode(name))).toBe(name);
}

describe('safe file names', () => {
  it.each([
    ['../../etc/passwd', 'etc_passwd'],
    ['..\\..\\Windows\\system32', 'Windows_system32'],
    ['CON', '_CON'],
    ['nul.txt', '_nul.txt'],
    ['com1', '_com1'],
    ['Console', 'Console'],
    ['a\u0000b\u001fc\u007fd', 'a_b_c_d'],
    ['  .hidden. ', 'hidden'],
    ['居民自编自演奏响新年音乐会', '居民自编自演奏响新年音乐会'],
    ['问题: 谁? "我"', '问题_ 谁_ _我_'],
    ['evil\u202Etxt.exe', 'eviltxt.exe'],
    ['', 'untitled'],
    ['...', 'untitled'],
  ])('%j → %j', (input, expected) => {
    const name = safeFileName(input);
    expect(name).toBe(expected);
    expectSafe(name);
  });

  it('caps a 300-byte Chinese title in bytes, on a character boundary', () => {
    const title = '通州区召开年度述职评议会'.repeat(9); // 108 characters, 324 bytes
    const name = safeFileName(title);
    expect(bytes(name)).toBeLessThanOrEqual(200);
    expect(bytes(name)).toBeGreaterThan(195);
    expect(title.startsWith(name)).toBe(true);
  });

  it('keeps emoji whole, never cutting a sequence in half', () => {
    const family = '👨‍👩‍👧‍👦';
    const name = safeFileName(`新年${family.repeat(20)}`, 60);
    expect(bytes(name)).toBeLessThanOrEqual(60);
    expect(
      name
        .replace('新年', '')
        .split(family)
        .every((part) => part === ''),
    ).toBe(true);
  });

  it('is safe for any text at all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (raw) => expectSafe(safeFileName(raw))),
      { numRuns: 3000 },
    );
  });
});

describe('file names from the pattern', () => {
  const fields = {
    issue: '北京日报 2026-01-20',
    issueId: 'i1',
    date: '2026-01-20',
    order: 7,
    headline: '../../etc/passwd',
    id: 'a7',
  };

  it('expands the default pattern with a padded order and a safe headline', () => {
    expect(fileNameFromPattern('{issue}-{order}-{headline}', fields)).toBe(
      '北京日报 2026-01-20-007-etc_passwd',
    );
  });

  it('drops the separators of empty fields, so a file per issue is named after the issue', () => {
    const { order: _order, headline: _headline, id: _id, ...issueOnly } = fields;
    expect(fileNameFromPattern('{issue}-{order}-{headline}', issueOnly)).toBe('北京日报 2026-01-20');
  });

  it('keeps unknown placeholders as typed and makes the whole name safe', () => {
    expect(fileNameFromPattern('{date}/{nope}/{headline}', fields)).toBe('2026-01-20_{nope}_etc_passwd');
  });

  it('makes names unique within one export, ignoring case', () => {
    expect(uniqueNames(['a', 'A', 'a', 'b'], '.txt')).toEqual(['a.txt', 'A (2).txt', 'a (3).txt', 'b.txt']);
  });
});
