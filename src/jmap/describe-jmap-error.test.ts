import { describe, expect, it } from 'vitest';
import { describeJmapError } from './describe-jmap-error';

describe('method and transport errors', () => {

  it('describes each kind in plain words', () => {
    expect(describeJmapError({ kind: 'unauthorized', status: 401 })).toMatch(/Sign in again/);
    expect(describeJmapError({ kind: 'network', message: 'Failed to fetch' })).toMatch(/Cannot reach the server/);
    expect(describeJmapError({ kind: 'request', type: 'about:blank', status: 429, retryAfterSeconds: 5 })).toBe(
      'Too many requests. Try again in 5 s.',
    );
    expect(
      describeJmapError({ kind: 'method', type: 'unsupportedFilter', description: 'Only AND is supported in filters', method: 'm' }),
    ).toBe('The server cannot filter this way (Only AND is supported in filters).');
  });
});
