import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../sandbox';
import { ACCOUNT, USING, basic } from '../http/test-harness';

const dataDir = mkdtempSync(join(tmpdir(), 'postmaster-data-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Starts `server/main.ts` as a child process and waits for its URL. */
function startChild(extra: string[] = []): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'server', 'main.ts'), '--port', '0', '--data', dataDir, '--queue', '0', ...extra], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`sandbox did not start: ${out}`)), 15000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Postmaster sandbox: (http:\/\/[^\s/]+)\//.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1], output: () => out });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', () => reject(new Error(`sandbox exited: ${out}`)));
  });
}

const jmap = async (url: string, calls: unknown[]) => {
  const res = await fetch(`${url}/jmap/`, { method: 'POST', headers: { authorization: basic('admin'), 'content-type': 'application/json' }, body: JSON.stringify({ using: USING, methodCalls: calls }) });
  return (await res.json()).methodResponses;
};

const killed = (child: ChildProcess) => new Promise((resolve) => child.once('exit', resolve));

describe('persistence', () => {
  it('keeps an acknowledged /set across a hard kill, and seeds demo data only once', async () => {
    const first = await startChild(['--seed', '7']);
    expect(first.output()).toMatch(/Seeded demo data: \d+ milters, \d+ spam rules/);
    const [[, created]] = await jmap(first.url, [['x:MtaMilter/set', { accountId: ACCOUNT.admin, create: { m: { hostname: 'durable.example', port: 2525 } } }, '0']]);
    const id = created.created.m.id;
    const [[, settings]] = await jmap(first.url, [['x:SpamSettings/set', { accountId: ACCOUNT.admin, update: { singleton: { scoreSpam: 7.25 } } }, '0']]);
    expect(settings.updated).toEqual({ singleton: null });
    // No graceful shutdown: the data must already be on disk.
    const exited = killed(first.child);
    first.child.kill('SIGKILL');
    await exited;

    const second = await startChild(['--seed', '7']);
    try {
      expect(second.output()).not.toMatch(/Seeded demo data/);
      const [[, milters], [, spam], [, rules]] = await jmap(second.url, [
        ['x:MtaMilter/get', { accountId: ACCOUNT.admin, ids: [id] }, '0'],
        ['x:SpamSettings/get', { accountId: ACCOUNT.admin, ids: null }, '1'],
        ['x:SpamRule/query', { accountId: ACCOUNT.admin, calculateTotal: true }, '2'],
      ]);
      expect(milters.list[0]).toMatchObject({ id, hostname: 'durable.example', port: 2525 });
      expect(spam.list[0].scoreSpam).toBe(7.25);
      expect(rules.total).toBe(35);
    } finally {
      const done = killed(second.child);
      second.child.kill('SIGTERM');
      await done;
    }
  });
});
