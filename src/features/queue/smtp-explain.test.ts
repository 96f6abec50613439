import { describe, expect, it } from 'vitest';
import {
  explainDeliveryErrorType,
  explainEnhancedCode,
  explainReplyCode,
  explainSmtpReply,
} from './smtp-explain';

describe('explainSmtpReply', () => {
  it.each([
    [421, '4.4.2', 'temporary', /dropped the connection/],
    [451, '4.7.1', 'temporary', /Greylisting/],
    [450, '4.7.1', 'temporary', /Greylisting/],
    [550, '5.1.1', 'permanent', /No such user/],
    [552, '5.2.2', 'permanent', /Mailbox full/],
    [554, '5.7.1', 'permanent', /spam/],
    [550, '5.7.26', 'permanent', /DMARC/],
    [250, '2.0.0', 'success', /Delivered/],
  ] as const)('explains %i %s', (code, enhanced, outcome, pattern) => {
    const result = explainSmtpReply(code, enhanced);
    expect(result.outcome).toBe(outcome);
    expect(result.summary).toMatch(pattern);
  });

  it('falls back to the enhanced code, then to the basic code', () => {
    expect(explainSmtpReply(553, '5.1.3').summary).toMatch(/recipient address is not syntactically valid/);
    expect(explainSmtpReply(553, null).summary).toMatch(/mailbox name is not allowed/);
    expect(explainSmtpReply(null, '4.4.1').summary).toMatch(/No answer from the receiving host/);
    expect(explainSmtpReply(undefined, undefined)).toEqual({
      outcome: 'unknown',
      summary: 'No explanation is known for this reply.',
    });
  });

  it('gives advice for codes where something can be done', () => {
    expect(explainSmtpReply(550, '5.1.1').advice).toMatch(/typos/);
    expect(explainSmtpReply(550, '5.1.2').advice).toMatch(/domain/);
    expect(explainSmtpReply(451, '4.4.7').advice).toMatch(/given up/);
    expect(explainSmtpReply(250, '2.1.5').advice).toBeUndefined();
  });

  it('classifies by the enhanced class before the basic code', () => {
    // A server that answers 550 with a 4.x.x enhanced code means a transient condition.
    expect(explainSmtpReply(550, '4.2.0').outcome).toBe('temporary');
    expect(explainSmtpReply(354, null).outcome).toBe('intermediate');
    expect(explainSmtpReply(452, null).outcome).toBe('temporary');
  });
});

describe('explainEnhancedCode', () => {
  it.each([
    ['4.4.1', /No answer/],
    ['4.4.7', /Delivery time expired/],
    ['5.4.4', /Unable to route/],
    ['5.1.2', /Bad destination domain/],
    ['5.7.0', /security or policy/],
    ['2.0.0', /Delivered/],
    ['5.7.26', /DMARC/],
    ['5.7.23', /SPF/],
    ['4.2.2', /over quota/],
  ])('%s', (code, pattern) => {
    expect(explainEnhancedCode(code)).toMatch(pattern);
  });

  it('says whether the class is temporary or permanent', () => {
    expect(explainEnhancedCode('4.2.2')).toMatch(/temporary failure, will be retried/);
    expect(explainEnhancedCode('5.2.2')).toMatch(/permanent failure, will not be retried/);
  });

  it('uses the subject when the detail is unknown', () => {
    expect(explainEnhancedCode('5.1.99')).toMatch(/problem with an address/);
    expect(explainEnhancedCode('4.9.9')).toBe('Temporary failure, will be retried.');
  });

  it('refuses malformed codes', () => {
    expect(explainEnhancedCode('3.1.1')).toBeUndefined();
    expect(explainEnhancedCode('5.1')).toBeUndefined();
    expect(explainEnhancedCode('five')).toBeUndefined();
  });
});

describe('explainReplyCode', () => {
  it('knows the common codes', () => {
    expect(explainReplyCode(421)).toMatch(/not available/);
    expect(explainReplyCode(450)).toMatch(/temporarily unavailable/);
    expect(explainReplyCode(452)).toMatch(/storage/);
    expect(explainReplyCode(553)).toMatch(/not allowed/);
    expect(explainReplyCode(554)).toMatch(/refused/);
  });

  it('falls back to the code class and rejects out-of-range codes', () => {
    expect(explainReplyCode(459)).toMatch(/Temporary failure/);
    expect(explainReplyCode(599)).toMatch(/Permanent failure/);
    expect(explainReplyCode(600)).toBeUndefined();
    expect(explainReplyCode(99)).toBeUndefined();
    expect(explainReplyCode(4.5)).toBeUndefined();
  });
});

describe('explainDeliveryErrorType', () => {
  it('explains known types and names unknown ones', () => {
    expect(explainDeliveryErrorType('dnsError')).toMatch(/DNS/);
    expect(explainDeliveryErrorType('tlsError')).toMatch(/TLS/);
    expect(explainDeliveryErrorType('quantumError')).toBe('Delivery error "quantumError".');
  });
});
