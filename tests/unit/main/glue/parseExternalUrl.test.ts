import { describe, expect, it } from 'vitest';
import { parseExternalUrl } from '../../../../main/glue/parseExternalUrl';

describe('parseExternalUrl', () => {
  it('passes https links and mailto addresses, normalised', () => {
    expect(parseExternalUrl('https://www.iptc.org/std/ninjs/')).toBe('https://www.iptc.org/std/ninjs/');
    expect(parseExternalUrl('HTTPS://Example.COM')).toBe('https://example.com/');
    expect(parseExternalUrl('mailto:desk@example.com')).toBe('mailto:desk@example.com');
  });

  it('drops every other scheme and malformed input', () => {
    for (const url of [
      'http://example.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'app://copydesk/index.html',
      'https://user:secret@example.com/',
      'mailto:',
      '//example.com',
      '',
    ]) {
      expect(parseExternalUrl(url), url).toBeNull();
    }
  });
});
