import { describe, expect, it } from 'vitest';
import { applyDeliveryEvent, parseDeliveryFrame, smtpReplyIn, type DeliveryEvent, type ProbeStep } from './delivery-stages';

// Frames as a Stalwart 0.16 server writes them (http/src/api/diagnose.rs): camelCase types.
const FRAMES = [
  '[{"type":"mxLookupStart","domain":"example.net"}]',
  '[{"type":"mxLookupSuccess","mxs":[{"exchanges":["mx1.example.net"],"preference":10}],"elapsed":3}]',
  '[{"type":"mtaStsFetchStart"}]',
  '[{"type":"mtaStsNotFound","elapsed":1}]',
  '[{"type":"tlsRptLookupStart"}]',
  '[{"type":"tlsRptLookupSuccess","rua":[{"type":"mail","email":"tls@example.net"}],"elapsed":1}]',
  '[{"type":"deliveryAttemptStart","hostname":"mx1.example.net"}]',
  '[{"type":"tlsaLookupStart"}]',
  '[{"type":"tlsaNotFound","elapsed":1,"reason":"No TLSA records found for MX"}]',
  '[{"type":"ipLookupStart"}]',
  '[{"type":"ipLookupSuccess","remoteIps":["127.0.0.1"],"elapsed":0}]',
  '[{"type":"connectionStart","remoteIp":"127.0.0.1"}]',
  '[{"type":"connectionSuccess","elapsed":2}]',
  '[{"type":"readGreetingStart"}]',
  '[{"type":"readGreetingSuccess","elapsed":1}]',
  '[{"type":"ehloStart"}]',
  '[{"type":"ehloSuccess","elapsed":1}]',
  '[{"type":"startTlsStart"}]',
  '[{"type":"startTlsError","elapsed":1,"reason":"STARTTLS not advertised by host"}]',
  '[{"type":"completed"}]',
];

function run(frames: string[]): ProbeStep[] {
  let steps: ProbeStep[] = [];
  for (const frame of frames) for (const event of parseDeliveryFrame(frame)) steps = applyDeliveryEvent(steps, event);
  return steps;
}

describe('applyDeliveryEvent', () => {
  it('turns each start and its outcome into one step, in order', () => {
    const steps = run(FRAMES);
    expect(steps.map((s) => [s.title, s.state])).toEqual([
      ['MX lookup for example.net', 'ok'],
      ['MTA-STS policy', 'notPublished'],
      ['TLS-RPT reporting', 'ok'],
      ['Trying mx1.example.net', 'info'],
      ['DANE (TLSA records)', 'notPublished'],
      ['Address lookup', 'ok'],
      ['Connect to 127.0.0.1', 'ok'],
      ['Greeting', 'ok'],
      ['EHLO', 'ok'],
      ['STARTTLS', 'failed'],
    ]);
    expect(steps[0]!.detail).toBe('mx1.example.net (preference 10)');
    expect(steps[1]!.explanation).toMatch(/^Not published/);
    expect(steps[2]!.detail).toBe('tls@example.net');
    expect(steps[9]!.detail).toBe('STARTTLS not advertised by host');
  });

  it('shows a step as running until its outcome arrives', () => {
    const steps = run(FRAMES.slice(0, 3));
    expect(steps.at(-1)).toMatchObject({ title: 'MTA-STS policy', state: 'running' });
  });

  it('explains an SMTP reply inside a failure in plain words', () => {
    const events: DeliveryEvent[] = [
      { type: 'rcptToStart' },
      { type: 'rcptToError', reason: 'Unexpected reply: 550 5.1.1 No such user here', elapsed: 2 },
    ];
    const steps = events.reduce<ProbeStep[]>(applyDeliveryEvent, []);
    expect(steps).toHaveLength(1);
    expect(steps[0]!.state).toBe('failed');
    expect(steps[0]!.explanation).toContain('does not accept mail for this recipient');
    expect(steps[0]!.explanation).toMatch(/mailbox|address/i);
  });

  it('describes an MTA-STS policy and keeps unknown stages out', () => {
    const steps = [
      { type: 'mtaStsFetchStart' },
      { type: 'mtaStsFetchSuccess', policy: { id: '1', mode: 'enforce', mx: [{ equals: 'mx1.example.org' }, { startsWith: 'example.org' }], max_age: 86400 }, elapsed: 4 },
      { type: 'somethingNew' },
    ].reduce<ProbeStep[]>(applyDeliveryEvent, []);
    expect(steps).toHaveLength(1);
    expect(steps[0]!.detail).toBe('mode enforce; hosts mx1.example.org, *.example.org');
  });
});

describe('smtpReplyIn', () => {
  it('finds the code and the enhanced code', () => {
    expect(smtpReplyIn('Unexpected reply: 451 4.7.1 Greylisted')).toEqual({ code: 451, enhanced: '4.7.1' });
    expect(smtpReplyIn('Unexpected reply: Code: 550, Enhanced code: 5.1.1, Message: No such user')).toEqual({ code: 550, enhanced: '5.1.1' });
    expect(smtpReplyIn('Connection refused')).toBeUndefined();
  });
});
