import { describe, expect, it } from 'vitest';
import { parseExternalUrl } from '../../main/glue/parseExternalUrl';

describe('item 16: only plain mailto:address and https links open externally', () => {
  it('refuses mailto links with parameters (attach=, cc=, body=…) or several addresses', () => {
    for (const url of [
      'mailto:desk@example.com?attach=/etc/passwd',
      'mailto:desk@example.com?subject=hi',
      'mailto:?to=desk@example.com',
      'mailto:desk@example.com#x',
      'mailto:a@example.com,b@example.com',
      'mailto:not-an-address',
    ]) {
      expect(parseExternalUrl(url), url).toBeNull();
    }
  });
  it('still opens a plain address and https links', () => {
    expect(parseExternalUrl('mailto:desk@example.com')).toBe('mailto:desk@example.com');
    expect(parseExternalUrl('https://example.com/a?b=c')).toBe('https://example.com/a?b=c');
  });
});
