// Live delivery over real HTTP: token, permission, and the probe against each scripted demo MX host.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basic, startTestSandbox, type TestSandbox } from '../http/test-harness';
import { PROJECT_ROOT } from '../sandbox';

let sandbox: TestSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox({ dnsZones: [join(PROJECT_ROOT, 'server', 'demo', 'zones', 'demo.zone')] });
});
afterAll(() => sandbox.close());

async function token(user = 'support'): Promise<string> {
  const res = await fetch(`${sandbox.url}/api/token/delivery`, { headers: { authorization: basic(user) } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
  return res.text();
}

type Stage = { type: string; reason?: string; [key: string]: unknown };

/** Reads the whole event stream and checks every frame's framing. */
async function probe(target: string, query = ''): Promise<Stage[]> {
  const res = await fetch(`${sandbox.url}/api/live/delivery/${encodeURIComponent(target)}?token=${encodeURIComponent(await token())}${query}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/event-stream');
  const text = await res.text();
  const frames = text.split('\n\n').filter((f) => f !== '');
  return frames.map((frame) => {
    const [event, data] = frame.split('\n');
    expect(event).toBe('event: event');
    expect(data.startsWith('data: [')).toBe(true);
    const parsed = JSON.parse(data.slice('data: '.length)) as Stage[];
    expect(parsed).toHaveLength(1);
    return parsed[0];
  });
}

const types = (stages: Stage[]) => stages.map((s) => s.type);

describe('token and permission', () => {
  it('gives support and admin a token, and refuses the viewer with 403', async () => {
    expect((await token('admin')).length).toBeGreaterThan(20);
    expect((await token('support')).length).toBeGreaterThan(20);
    const res = await fetch(`${sandbox.url}/api/token/delivery`, { headers: { authorization: basic('viewer') } });
    expect(res.status).toBe(403);
    expect((await res.json()).title).toBe('Forbidden');
    const account = await (await fetch(`${sandbox.url}/api/account`, { headers: { authorization: basic('support') } })).json();
    expect(account.permissions).toContain('liveDeliveryTest');
    const viewer = await (await fetch(`${sandbox.url}/api/account`, { headers: { authorization: basic('viewer') } })).json();
    expect(viewer.permissions).not.toContain('liveDeliveryTest');
  });

  it('asks for credentials without a token and refuses an unknown token', async () => {
    expect((await fetch(`${sandbox.url}/api/token/delivery`)).status).toBe(401);
    expect((await fetch(`${sandbox.url}/api/live/delivery/northwind.example`)).status).toBe(401);
    expect((await fetch(`${sandbox.url}/api/live/delivery/northwind.example?token=not-a-token`)).status).toBe(401);
    const viewer = await fetch(`${sandbox.url}/api/live/delivery/northwind.example`, { headers: { authorization: basic('viewer') } });
    expect(viewer.status).toBe(403);
  });
});

describe('the probe against the demo zone', () => {
  it('accepts at northwind.example, with MTA-STS, TLS-RPT and DANE as published', async () => {
    const stages = await probe('Bob@Northwind.example');
    expect(types(stages)).toEqual([
      'mxLookupStart', 'mxLookupSuccess', 'mtaStsFetchStart', 'mtaStsFetchSuccess', 'tlsRptLookupStart', 'tlsRptLookupSuccess',
      'deliveryAttemptStart', 'mtaStsVerifySuccess', 'tlsaLookupStart', 'tlsaLookupSuccess', 'ipLookupStart', 'ipLookupSuccess',
      'connectionStart', 'connectionSuccess', 'readGreetingStart', 'readGreetingSuccess', 'ehloStart', 'ehloSuccess',
      'startTlsStart', 'startTlsSuccess', 'daneVerifySuccess', 'ehloStart', 'ehloSuccess', 'mailFromStart', 'mailFromSuccess',
      'rcptToStart', 'rcptToSuccess', 'quitStart', 'quitCompleted', 'completed',
    ]);
    expect(stages[0]).toEqual({ type: 'mxLookupStart', domain: 'northwind.example' });
    expect(stages[1]).toMatchObject({ mxs: [{ exchanges: ['mx1.northwind.example'], preference: 10 }] });
    expect(stages[3]).toMatchObject({ policy: { id: '20260406T000000', mode: 'enforce', mx: [{ equals: 'mx1.northwind.example' }], max_age: 86400 } });
    expect(stages[5]).toMatchObject({
      rua: [
        { type: 'mail', email: 'tls-reports@northwind.example' },
        { type: 'http', url: 'https://reports.northwind.example/tlsrpt' },
      ],
    });
    expect(stages[9]).toMatchObject({ record: { has_end_entities: true, entries: [{ is_end_entity: true, is_spki: true, matching: 'Sha256' }] } });
    expect(stages[11]).toMatchObject({ remoteIps: ['127.0.0.11'] });
    expect(stages[12]).toEqual({ type: 'connectionStart', remoteIp: '127.0.0.11' });
    for (const stage of stages) if (stage.type.endsWith('Success') && 'elapsed' in stage) expect(Number.isInteger(stage.elapsed)).toBe(true);
  });

  it('tests a domain without MAIL FROM and RCPT TO', async () => {
    const list = types(await probe('northwind.example'));
    expect(list).not.toContain('mailFromStart');
    expect(list.slice(-3)).toEqual(['quitStart', 'quitCompleted', 'completed']);
  });

  it('is greylisted at fabrikam.example, which publishes nothing', async () => {
    const stages = await probe('bob@fabrikam.example');
    const list = types(stages);
    expect(list).toContain('mtaStsNotFound');
    expect(list).toContain('tlsRptNotFound');
    expect(stages.find((s) => s.type === 'tlsaNotFound')?.reason).toBe('No TLSA records found for MX');
    expect(list).not.toContain('mtaStsVerifySuccess');
    expect(list).not.toContain('daneVerifySuccess');
    const rcpt = stages.find((s) => s.type === 'rcptToError');
    expect(rcpt?.reason).toMatch(/^Unexpected reply: Code: 451, Enhanced code: 4\.7\.1, Message: Greylisted/);
    expect(list.slice(-3)).toEqual(['quitStart', 'quitCompleted', 'completed']);
  });

  it('gets 550 5.1.1 for an unknown user at contoso.example, and acceptance for a known one', async () => {
    const unknown = await probe('nobody@contoso.example');
    expect(unknown.find((s) => s.type === 'rcptToError')?.reason).toMatch(/Code: 550, Enhanced code: 5\.1\.1, Message: The email account/);
    expect(types(unknown)).toContain('tlsRptLookupSuccess');
    expect(types(await probe('postmaster@contoso.example'))).toContain('rcptToSuccess');
  });

  it('times out waiting for the greeting at hooli.example after the requested timeout', async () => {
    const stages = await probe('alice@hooli.example', '&timeout=1');
    const list = types(stages);
    expect(list.slice(-4)).toEqual(['connectionSuccess', 'readGreetingStart', 'readGreetingError', 'completed']);
    const error = stages.find((s) => s.type === 'readGreetingError')!;
    expect(error.reason).toBe('Temporary Failure for mx1.hooli.example: Connection failed: Timeout while reading greeting');
    expect(error.elapsed as number).toBeGreaterThanOrEqual(900);
  });

  it('reports a domain without MX records and still ends with completed', async () => {
    const stages = await probe('nowhere.example');
    expect(stages).toEqual([
      { type: 'mxLookupStart', domain: 'nowhere.example' },
      { type: 'mxLookupError', reason: 'DNS record not found: Non-Existent Domain', elapsed: expect.any(Number) },
      { type: 'completed' },
    ]);
  });
});
