import { describe, expect, it } from 'vitest';
import { actionVariants, isDiagnosticAction } from './action';
import { readActionAnswer } from './action-answer';

const dmarcAnswer = {
  spfEhloDomain: 'mx.example.org',
  spfMailFromDomain: 'example.org',
  spfEhloResult: { '@type': 'Pass' },
  spfMailFromResult: { '@type': 'Fail', details: 'not listed' },
  ipRevResult: { '@type': 'Pass' },
  ipRevPtr: { 'mx.example.org.': true },
  dkimResults: { '0': { '@type': 'Pass' } },
  dkimPass: true,
  dkim2Result: { '@type': 'None' },
  dkim2Pass: false,
  arcResult: { '@type': 'None' },
  dmarcResult: { '@type': 'Pass' },
  dmarcPass: true,
  dmarcPolicy: 'reject',
  elapsed: 412,
};

describe('action variants', () => {
  it('are diagnostic exactly when they have an input and a result', () => {
    const diagnostic = actionVariants.filter((v) => isDiagnosticAction(v.type)).map((v) => v.type);
    expect(diagnostic).toEqual(['TroubleshootDmarc', 'ClassifySpam']);
    for (const v of actionVariants) expect('input' in v).toBe(isDiagnosticAction(v.type));
  });

  it('each need action<Variant> and are grouped by their label prefix', () => {
    const pause = actionVariants.find((v) => v.type === 'PauseMtaQueue')!;
    expect(pause).toMatchObject({ permission: 'actionPauseMtaQueue', group: 'MTA', name: 'Pause queue processing', disruptive: true });
  });
});

describe('readActionAnswer', () => {
  it('reads the answers the server documents', () => {
    const spam = { score: 7.5, result: 'spam', tags: { SUBJ_ALL_CAPS: { score: 3, disposition: 'score' } } };
    expect(readActionAnswer('ClassifySpam', spam)).toEqual({ ok: true, result: spam });
    expect(readActionAnswer('TroubleshootDmarc', dmarcAnswer)).toEqual({ ok: true, result: dmarcAnswer });
  });

  it('names the method, the variant and the property of an answer it cannot read', () => {
    const answer = readActionAnswer('ClassifySpam', { score: 1, result: 'spam', tags: { X: { score: '1', disposition: 'score' } } });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.message).toMatch(/^x:Action\/set answered a ClassifySpam result this console cannot read \(property “tags\.X\.score”: .*number/);
  });

  it('refuses a simple id where a result was due', () => {
    const answer = readActionAnswer('TroubleshootDmarc', { id: 'a1' });
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.message).toContain('property “spfEhloDomain”');
  });

  it('refuses an unknown check status', () => {
    const answer = readActionAnswer('TroubleshootDmarc', { ...dmarcAnswer, arcResult: { '@type': 'Maybe' } });
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.message).toContain('property “arcResult.@type”');
  });
});
