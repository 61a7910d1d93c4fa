import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../main/glue/contentSecurityPolicy';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('CONTENT_SECURITY_POLICY', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('allows scripts from the app only: no inline script, no eval', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|\*|https?:/);
  });

  it('closes plugins, framing, base and form targets', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });

  it('allows data: only for images and fonts', () => {
    for (const [name, values] of policy) {
      if (values.includes('data:')) expect(['img-src', 'font-src']).toContain(name);
    }
  });
});
