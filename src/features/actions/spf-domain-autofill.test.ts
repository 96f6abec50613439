import { describe, expect, it } from 'vitest';
import { editedAfterTyping, spfEhloDomainFor, spfMailFromDomainFor } from './spf-domain-autofill';

describe('SPF domain autofill', () => {
  it('takes the EHLO domain as typed, without address-literal brackets', () => {
    expect(spfEhloDomainFor(' mail.example.com ')).toBe('mail.example.com');
    expect(spfEhloDomainFor('[192.0.2.10]')).toBe('192.0.2.10');
  });
  it('takes the domain of MAIL FROM, or the EHLO domain for a null sender', () => {
    expect(spfMailFromDomainFor('alice@Example.COM', 'mail.example.com')).toBe('example.com');
    expect(spfMailFromDomainFor('', 'mail.example.com')).toBe('mail.example.com');
    expect(spfMailFromDomainFor('alice', 'mail.example.com')).toBe('');
  });
  it('treats a cleared field as handed back', () => {
    expect(editedAfterTyping('example.org')).toBe(true);
    expect(editedAfterTyping('  ')).toBe(false);
  });
});
