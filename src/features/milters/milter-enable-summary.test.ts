import { describe, expect, it } from 'vitest';
import { enableCondition, enableSummary } from './milter-enable-summary';

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

describe('enableCondition', () => {
  it('has no text for Always and Never', () => {
    expect(enableCondition({ else: 'true' })).toBeNull();
    expect(enableCondition({ else: 'false' })).toBeNull();
  });

  it('reads "true when" and "false when" rows as one sentence', () => {
    expect(enableCondition({ match: { '0': { if: 'is_tls', then: 'true' }, '1': { if: 'is_auth', then: 'true' } }, else: 'false' })).toBe(
      'When is_tls or is_auth',
    );
    expect(enableCondition({ match: { '0': { if: "remote_ip == '203.0.113.25'", then: 'false' } }, else: 'true' })).toBe(
      "Unless remote_ip == '203.0.113.25'",
    );
    expect(enableCondition({ else: "listener == 'smtp'" })).toBe("When listener == 'smtp'");
  });

  it('spells out mixed rows with the form’s Otherwise', () => {
    expect(enableCondition({ match: { '0': { if: 'is_tls', then: 'true' }, '1': { if: 'a', then: 'false' } }, else: 'b' })).toBe(
      'If is_tls: true; If a: false; otherwise b',
    );
  });
});
