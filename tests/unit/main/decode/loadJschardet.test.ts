import { describe, expect, it } from 'vitest';
import { loadJschardet } from '../../../../main/decode/loadJschardet';

describe('loadJschardet (jschardet required on first use)', () => {
  it('gives the real detector, once', () => {
    const detector = loadJschardet();
    expect(detector.detect(Buffer.from('plain ASCII text, nothing else in it')).encoding).toBe('ascii');
    expect(loadJschardet()).toBe(detector);
  });
});
