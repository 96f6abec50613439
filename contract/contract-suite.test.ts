// Runs the API contract suite (contract/run.ts) against a sandbox started here, writes allowed,
// as part of the unit test run; and checks that the runner refuses a server in bootstrap mode.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSandbox, type TestSandbox } from '../server/http/test-harness';
import { parseContractArgs } from './run';

const RUNNER = join(import.meta.dirname, 'run.ts');

function runSuite(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', RUNNER, ...args], { env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('contract suite runner', () => {
  it('parses its flags and refuses incomplete ones', () => {
    expect(parseContractArgs(['--server', 'http://127.0.0.1:1/x', '--user', 'u', '--password', 'p'])).toEqual({
      server: 'http://127.0.0.1:1',
      authorization: `Basic ${Buffer.from('u:p').toString('base64')}`,
      allowWrites: false,
    });
    expect(parseContractArgs(['--server', 'https://mail.example.com', '--api-key', 'K', '--allow-writes'])).toMatchObject({ authorization: 'Bearer K', allowWrites: true });
    expect(() => parseContractArgs(['--server', 'https://mail.example.com'])).toThrow(/--api-key/);
    expect(() => parseContractArgs(['--api-key', 'K'])).toThrow(/--server/);
  });
});

describe('contract suite against the sandbox', () => {
  let sb: TestSandbox;
  beforeAll(async () => {
    sb = await startTestSandbox({ queue: 5 });
  });
  afterAll(() => sb.close());

  it('passes every contract, writes included, and leaves no object behind', async () => {
    const before = await sb.one('x:MtaMilter/query', {});
    const rulesBefore = await sb.one('x:SpamRule/query', {});
    const { code, output } = await runSuite(['--server', sb.url, '--api-key', sb.apiKeys.admin, '--allow-writes']);
    expect(output).toMatch(/Tests\s+\d+ passed/);
    expect(output).not.toMatch(/skipped|failed/);
    expect(code).toBe(0);
    expect((await sb.one('x:MtaMilter/query', {})).ids).toEqual(before.ids);
    expect((await sb.one('x:SpamRule/query', {})).ids).toEqual(rulesBefore.ids);
  }, 120_000);
});

describe('contract suite against a server in bootstrap mode', () => {
  // The sandbox has no bootstrap mode; this stands in for a fresh Stalwart, whose /api/account
  // lists only the two Bootstrap permissions until the bootstrap is completed.
  let fresh: Server;
  let url: string;
  beforeAll(async () => {
    fresh = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ permissions: ['sysBootstrapGet', 'sysBootstrapUpdate'], edition: 'oss', locale: 'en-US' }));
    });
    await new Promise<void>((resolve) => fresh.listen(0, '127.0.0.1', resolve));
    const address = fresh.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((resolve) => fresh.close(() => resolve())));

  it('says so and fails', async () => {
    const { code, output } = await runSuite(['--server', url, '--user', 'admin', '--password', 'x']);
    expect(output).toContain('is in bootstrap mode');
    expect(code).not.toBe(0);
  }, 60_000);
});
