import iconv from 'iconv-lite';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseEncoding } from '../../../../main/decode/chooseEncoding';

/** What jschardet answers in the tie case (null: its real answer), and how often it was asked. */
const jschardet = vi.hoisted(() => ({ answer: null as string[] | null, calls: 0 }));

// jschardet is required on first use (see loadJschardet), so the loader is what is replaced.
vi.mock('../../../../main/decode/loadJschardet', async () => {
  const real = (await import('jschardet')).default;
  const wrapped = {
    ...real,
    detectAll: (...args: Parameters<typeof real.detectAll>) => {
      jschardet.calls += 1;
      const answer = jschardet.answer;
      return answer ? answer.map((encoding) => ({ encoding, confidence: 0.9 })) : real.detectAll(...args);
    },
  };
  return { loadJschardet: () => wrapped };
});

beforeEach(() => {
  jschardet.answer = null;
  jschardet.calls = 0;
});

const TEXT = '市政府今天召开新闻发布会，介绍今年城市建设的主要任务和进展情况。\n'.repeat(40);

describe('chooseEncoding', () => {
  it('chooses without jschardet (whose models stay in memory once loaded) when one reading is best', () => {
    const utf8 = Buffer.from(TEXT, 'utf8');
    expect(chooseEncoding(utf8.subarray(0, utf8.length - 1))).toBe('utf-8');
    expect(chooseEncoding(iconv.encode(TEXT, 'gb18030'))).toBe('gb18030');
    expect(chooseEncoding(iconv.encode(TEXT.replace(/[，。]/gu, ''), 'big5'))).toBe('big5');
    expect(jschardet.calls).toBe(0);
  });

  it('asks jschardet when legacy readings tie, and its pick wins', () => {
    // 80 80: GB18030 and Shift_JIS each read it without an error or a common CJK character.
    const tie = Uint8Array.from([0x80, 0x80]);
    jschardet.answer = ['SHIFT_JIS', 'GB18030'];
    expect(chooseEncoding(tie)).toBe('shift_jis');
    jschardet.answer = ['GB18030'];
    expect(chooseEncoding(tie)).toBe('gb18030');
    // A pick that is not among the best is passed over for the best in the usual order.
    jschardet.answer = ['windows-1252'];
    expect(chooseEncoding(tie)).toBe('gb18030');
    expect(jschardet.calls).toBe(3);
  });
});
