import { describe, expect, it } from 'vitest';
import { enableSummary } from './milter-enable-summary';

describe('enableSummary', () => {
  it('reads constant expressions as Always or Never', () => {
    expect(enableSummary({ else: 'true' })).toBe('Always');
    expect(enableSummary({ else: ' false ' })).toBe('Never');
    expect(enableSummary({ match: {}, else: 'true' })).toBe('Always');
  });

  it('reads anything with conditions or a computed value as Conditional', () => {
    expect(enableSummary({ match: { '0': { if: 'is_tls', then: 'true' } }, else: 'false' })).toBe('Conditional');
    expect(enableSummary({ else: "listener == 'smtp'" })).toBe('Conditional');
  });
});
