import { describe, expect, it } from 'vitest';
import { unknownArgument } from '../../../../bench/segmentAccuracy';

// A mistyped flag or --help must stop the scorer before it scores every split (test included).
describe('bench:accuracy arguments', () => {
  it('accepts the known options with their values', () => {
    expect(unknownArgument(['--split', 'train', '--layout', 'line', '--verbose'])).toBeUndefined();
    expect(unknownArgument(['--dir', '/tmp/gold', '--json', '--self-check'])).toBeUndefined();
    expect(unknownArgument(['--cli', 'out/main/cli.js', '--split', 'dev'])).toBeUndefined();
    expect(unknownArgument(['--cli', '--split', 'dev'])).toBeUndefined();
  });

  it('names --help and any unknown or mistyped argument', () => {
    expect(unknownArgument(['--help'])).toBe('--help');
    expect(unknownArgument(['--splt', 'train'])).toBe('--splt');
    expect(unknownArgument(['--split', 'train', 'dev'])).toBe('dev');
  });
});
